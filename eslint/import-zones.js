// ESLint rule `silkworm/import-zones`: each capability folder under the core root (src/) may import only
// the folders its zone lists. Specifiers are resolved by path alone (no file system, no module resolver), so
// the rule cannot silently pass an import it failed to resolve. Bare specifiers (packages, node:*) are not
// its business. A zod-only contract file (`*-schema.ts`, imported as `*-schema.js`) may be imported from
// any folder; such a file itself may import only zod and other contract files.
import path from 'node:path';

const contractFile = /-schema\.(js|ts)$/;

/** @param {string} file absolute path; @param {string} root absolute core root */
function folderOf(file, root) {
  const rel = path.relative(root, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : '';
}

/** @type {import('eslint').Rule.RuleModule} */
export const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'A capability folder imports only the folders its zone allows.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          zones: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
        },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
    messages: {
      forbidden:
        'src/{{from}} may not import src/{{to}} (allowed: {{allowed}}). Move the shared piece to the folder that owns it, or change the zone table in eslint.config.js on purpose.',
      outside: 'src/{{from}} imports {{spec}}, outside src/: the core stands alone.',
      noZone: 'src/{{from}} has no import zone: add it to the zone table in eslint.config.js.',
      contract: 'A *-schema.ts contract file imports only zod and other *-schema.js files ({{spec}}).',
    },
  },
  create(context) {
    const { root: rootOption, zones } = context.options[0];
    const root = path.resolve(context.cwd, rootOption);
    const file = context.filename;
    const from = folderOf(file, root);
    if (from === null) return {};
    const allowed = zones[from];
    const isContract = contractFile.test(file);

    /** @param {import('estree').Node | null | undefined} source */
    function check(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (isContract) {
        const ok =
          spec === 'zod' || spec.startsWith('zod/') || (spec.startsWith('.') && contractFile.test(spec));
        if (!ok) context.report({ node: source, messageId: 'contract', data: { spec } });
        return;
      }
      if (!spec.startsWith('./') && !spec.startsWith('../')) return;
      const to = folderOf(path.resolve(path.dirname(file), spec), root);
      if (to === null) return context.report({ node: source, messageId: 'outside', data: { from, spec } });
      if (to === from || contractFile.test(spec)) return;
      if (allowed === undefined) return context.report({ node: source, messageId: 'noZone', data: { from } });
      if (!allowed.includes(to)) {
        context.report({
          node: source,
          messageId: 'forbidden',
          data: { from, to, allowed: allowed.length ? allowed.join(', ') : 'none' },
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      // `import('../x.js').T` in a type position
      // (typescript-eslint 8 names the string `argument.literal`; later versions `source`)
      TSImportType: (
        /** @type {{ source?: import('estree').Node; argument?: { type: string; literal?: import('estree').Node } }} */ node,
      ) => {
        check(node.source ?? (node.argument?.type === 'TSLiteralType' ? node.argument.literal : null));
      },
    };
  },
};

export default { rules: { 'import-zones': importZones } };
