// Values with HTML entities in them, copied from a web page: the reference article's Ingress
// has `servicePort: 8080&nbsp;`, which YAML reads as the string "8080&nbsp;".

import type { Path } from '../../positions.js';
import { decodeEntities, ENTITY, isIngress, isObj, isService, setAt } from '../objects.js';
import type { Obj, Rule, RuleFinding } from '../types.js';
import { echoValue } from '../../../core/reply.js';

/** Most values visited in one object (aliases are already bounded by the reader). */
const MAX_VISITS = 20_000;

function collect(value: unknown, path: Path, out: { path: Path; text: string }[], budget: { left: number }): void {
  if (budget.left-- <= 0) return;
  if (typeof value === 'string') {
    ENTITY.lastIndex = 0;
    if (ENTITY.test(value)) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, [...path, i], out, budget));
  } else if (isObj(value)) {
    for (const [k, v] of Object.entries(value)) collect(v, [...path, k], out, budget);
  }
}

/** The decoded value: a number when only digits are left (a port). */
function cleaned(text: string): string | number {
  const decoded = decodeEntities(text).trim();
  return /^\d{1,5}$/.test(decoded) ? Number(decoded) : decoded;
}

export const htmlEntities: Rule = {
  id: 'html-entities',
  summary: 'HTML entities such as &nbsp; copied from a web page into values',
  appliesTo: (o) => isService(o) || isIngress(o),
  check(o) {
    const found: { path: Path; text: string }[] = [];
    collect(o.value, [], found, { left: MAX_VISITS });
    return found.map(({ path, text }): RuleFinding => {
      const entity = /&[#\w]+;/.exec(text)?.[0] ?? '&…;';
      const value = cleaned(text);
      return {
        path,
        severity: 'error',
        message: `${echoValue(text)} contains the HTML entity ${echoValue(entity)}, copied from a web page.`,
        fix: `Use ${echoValue(String(value))}.`,
        repair: (draft: Obj) => setAt(draft, path, value),
      };
    });
  },
};
