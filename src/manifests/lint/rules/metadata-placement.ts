// Fields of metadata written at the top level: the reference article's Ingress has `name:` not
// indented under `metadata:`. That is valid YAML (metadata is null, name is a top-level key),
// so no parser complains; the API server rejects the object for having no name.

import { OBJECT_META } from '../../fields.js';
import { insertAfter, isIngress, isObj, isService, put } from '../objects.js';
import type { Obj, Rule } from '../types.js';
import { echoValue } from '../../../core/reply.js';

const META_FIELDS = new Set(Object.keys(OBJECT_META.fields));

export const metadataPlacement: Rule = {
  id: 'metadata-placement',
  summary: 'name, namespace, labels or annotations outside metadata (a mis-indented metadata child)',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const metadata = o.value.metadata;
    return Object.keys(o.value)
      .filter((key) => META_FIELDS.has(key))
      .map((key) => {
        const inMeta = isObj(metadata) && key in metadata;
        const empty = metadata === null || metadata === undefined || (isObj(metadata) && Object.keys(metadata).length === 0);
        const message = inMeta
          ? `${echoValue(key)} is set twice: at the top level and under \`metadata\`.`
          : empty
            ? `\`metadata\` is empty and ${echoValue(key)} is at the top level: it is not indented under \`metadata:\`.`
            : `${echoValue(key)} is at the top level; it belongs under \`metadata\`.`;
        return {
          path: [key],
          severity: 'error' as const,
          message,
          fix: inMeta ? `Remove the top-level ${echoValue(key)}.` : `Indent ${echoValue(`${key}:`)} under \`metadata:\` (two spaces).`,
          repair: (draft: Obj) => {
            if (!(key in draft)) return;
            if (!isObj(draft.metadata)) {
              if ('metadata' in draft) draft.metadata = {};
              else insertAfter(draft, 'kind', 'metadata', {});
            }
            const meta = draft.metadata as Obj;
            if (!(key in meta)) put(meta, key, draft[key]);
            delete draft[key];
          },
        };
      });
  },
};
