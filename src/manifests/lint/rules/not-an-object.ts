// Documents that are not Kubernetes objects at all: plain text, a bare list, a mapping with no
// `kind`. They are reported once and skipped.

import { isObj } from '../objects.js';
import type { DocumentRule } from '../types.js';

export const notAnObject: DocumentRule = {
  id: 'not-an-object',
  summary: 'documents that are not Kubernetes objects (plain text, lists, no kind)',
  check(document) {
    const value = document.value;
    if (value === undefined) return [];
    const line = document.positions?.line ?? document.startLine;
    if (!isObj(value)) {
      const what = Array.isArray(value) ? 'a list' : typeof value === 'string' ? 'plain text' : `a ${typeof value}`;
      return [{ line, severity: 'error', message: `Document ${document.number} is ${what}, not a Kubernetes object.`, fix: 'A manifest is a mapping that starts with `apiVersion:` and `kind:`.', repaired: false }];
    }
    if (typeof value.kind !== 'string' || value.kind === '') {
      return [{ line, severity: 'error', message: `Document ${document.number} has no \`kind\`, so I cannot tell what it is.`, fix: 'Add `kind:` (for example `kind: Service`) and `apiVersion:`.', repaired: false }];
    }
    return [];
  },
};
