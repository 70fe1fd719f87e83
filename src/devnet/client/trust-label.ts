// What the home tier promises a client, said plainly (docs/verification.md): with checks on, a model's
// identity and its output distribution are verified statistically (log-probability checks against the
// proxy's reference of the model file); prompt confidentiality is not — a home GPU has no confidential
// computing, so its owner can read prompts and answers. /v1/models carries it per model and every answer
// carries it in one header.
export const TRUST_HEADER = 'X-Silkworm-Trust';

export interface TrustLabel {
  /** `cocoon-test`: only unattested test workers (a plain certificate) serve this model here. */
  tier: 'home' | 'cocoon-test';
  /** Whether this model's answers are checked against a reference here. */
  checked: boolean;
  verifies: string[];
  does_not_verify: string[];
}

const NOT = ['prompt confidentiality: the GPU owner can read prompts and answers (no TEE at home)'];

export function homeTrust(checked: boolean): TrustLabel {
  return checked
    ? {
        tier: 'home',
        checked,
        verifies: [
          'model identity, statistically (log-probabilities re-scored on a reference of the model file)',
          'output distribution, statistically (sampled requests and evaluation traffic)',
        ],
        does_not_verify: NOT,
      }
    : {
        tier: 'home',
        checked,
        verifies: ['the worker build’s signed home report only; answers are not re-scored for this model'],
        does_not_verify: ['model identity and output distribution (no reference for this model)', ...NOT],
      };
}

/** Every worker serving the model is an unattested Cocoon test worker: nothing about it is attested. */
export function cocoonTestTrust(checked: boolean): TrustLabel {
  return {
    tier: 'cocoon-test',
    checked,
    verifies: checked
      ? ['model identity and output distribution, statistically (re-scored on a reference of the model file)']
      : ['nothing attested: an unattested test worker (plain certificate), canary-checked only'],
    does_not_verify: ['the worker build (no attestation report)', ...NOT],
  };
}

/** The header's value: short, ASCII, the same facts. */
export function trustHeaderValue(label: TrustLabel): string {
  if (label.tier === 'cocoon-test')
    return `tier=cocoon-test; attested=no; verified=${label.checked ? 'model-identity,output-distribution (statistical)' : 'none (canaries only)'}; not-verified=worker-build,prompt-confidentiality`;
  return label.checked
    ? 'tier=home; verified=model-identity,output-distribution (statistical); not-verified=prompt-confidentiality'
    : 'tier=home; verified=none (no reference for this model); not-verified=model-identity,output-distribution,prompt-confidentiality';
}
