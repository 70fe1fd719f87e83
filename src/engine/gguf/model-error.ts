// The one error of the model generators: options that cannot make a loadable model.
export class GeneratedModelError extends Error {
  constructor(
    readonly code: 'bad-options',
    message: string,
  ) {
    super(message);
  }
}
