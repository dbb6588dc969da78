// Validation against the Kubernetes OpenAPI schema, through kubernetes-models (validators
// generated from the official OpenAPI definitions). Loaded on first use so that start-up and
// every other command do not pay for it.

import { echoValue } from '../core/reply.js';
import type { Path } from './positions.js';

export interface SchemaError {
  /** Where the error is (the parent object for a missing required field). */
  path: Path;
  message: string;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type Validator = (value: object) => AjvError[];

interface Loaded {
  validators: Map<string, Validator>;
}

let loading: Promise<Loaded> | null = null;

function wrap(Model: new (data: never) => { validate(): void }): Validator {
  return (value) => {
    try {
      new Model(value as never).validate();
      return [];
    } catch (error) {
      const errors = (error as { errors?: AjvError[] }).errors;
      if (Array.isArray(errors)) return errors;
      throw error;
    }
  };
}

async function load(): Promise<Loaded> {
  const [{ Service }, { Ingress }, { EndpointSlice }] = await Promise.all([
    import('kubernetes-models/v1/Service'),
    import('kubernetes-models/networking.k8s.io/v1/Ingress'),
    import('kubernetes-models/discovery.k8s.io/v1/EndpointSlice'),
  ]);
  return {
    validators: new Map<string, Validator>([
      ['v1/Service', wrap(Service as never)],
      ['networking.k8s.io/v1/Ingress', wrap(Ingress as never)],
      ['discovery.k8s.io/v1/EndpointSlice', wrap(EndpointSlice as never)],
    ]),
  };
}

/** The apiVersion/kind pairs the schema check covers. */
export const SCHEMA_KINDS = ['v1/Service', 'networking.k8s.io/v1/Ingress', 'discovery.k8s.io/v1/EndpointSlice'] as const;

export function hasSchema(apiVersion: unknown, kind: unknown): boolean {
  return (SCHEMA_KINDS as readonly string[]).includes(`${String(apiVersion)}/${String(kind)}`);
}

/** `spec.ports[0].port` */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(the document)';
}

function toPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function describe(error: AjvError): string {
  const at = echoValue(formatPath(toPath(error.instancePath)));
  switch (error.keyword) {
    case 'required':
      return `${at} is missing ${echoValue(String(error.params.missingProperty))}, which is required`;
    case 'type':
      return `${at} must be ${error.params.type === 'integer' ? 'a whole number' : `a${/^[aeiou]/.test(String(error.params.type)) ? 'n' : ''} ${String(error.params.type)}`}`;
    case 'enum':
      return `${at} must be one of ${(error.params.allowedValues as unknown[]).map((v) => `\`${String(v)}\``).join(', ')}`;
    case 'oneOf':
      return `${at} must be a number or a name`;
    default:
      return `${at} ${error.message ?? 'is invalid'}`;
  }
}

/**
 * Errors for one object, or null when its apiVersion/kind is not one the check covers. Several
 * errors at one place (an int-or-string field) are reported once.
 */
export async function validateAgainstSchema(value: Record<string, unknown>): Promise<SchemaError[] | null> {
  const key = `${String(value.apiVersion)}/${String(value.kind)}`;
  if (!hasSchema(value.apiVersion, value.kind)) return null;
  loading ??= load();
  const validate = (await loading).validators.get(key);
  if (!validate) return null;
  const errors = validate(value);
  const byPath = new Map<string, AjvError>();
  for (const error of errors) {
    const previous = byPath.get(error.instancePath);
    // oneOf summarises the type errors of its branches; prefer it.
    if (!previous || error.keyword === 'oneOf') byPath.set(error.instancePath, error);
    else if (previous.keyword !== 'oneOf') byPath.set(`${error.instancePath}#${byPath.size}`, error);
  }
  return [...byPath.values()].map((e) => ({ path: toPath(e.instancePath), message: describe(e) }));
}
