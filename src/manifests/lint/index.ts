// Every lint rule, in the order their repairs apply (an earlier repair may prepare what a later
// one edits: the apiVersion first, then metadata, field names, values, and Ingress backends
// before their paths). A test fails if a file in rules/ is not listed here.

import type { DocumentRule, Rule } from './types.js';
import { syntax } from './rules/syntax.js';
import { notAnObject } from './rules/not-an-object.js';
import { apiVersion } from './rules/api-version.js';
import { yaml11Scalars } from './rules/yaml11-scalars.js';
import { metadataPlacement } from './rules/metadata-placement.js';
import { metadataName } from './rules/metadata-name.js';
import { unknownFields } from './rules/unknown-fields.js';
import { htmlEntities } from './rules/html-entities.js';
import { serviceTypeValue } from './rules/service-type.js';
import { headlessType } from './rules/headless-type.js';
import { typeFields } from './rules/type-fields.js';
import { nodePortRange } from './rules/nodeport-range.js';
import { nodePortType } from './rules/nodeport-type.js';
import { portMissing } from './rules/port-missing.js';
import { portValues } from './rules/port-values.js';
import { portNames } from './rules/port-names.js';
import { targetPortName } from './rules/target-port-name.js';
import { selectorMissing } from './rules/selector-missing.js';
import { externalName } from './rules/external-name.js';
import { ingressBackend } from './rules/ingress-backend.js';
import { ingressPath } from './rules/ingress-path.js';
import { ingressPathType } from './rules/ingress-path-type.js';
import { ingressClass } from './rules/ingress-class.js';
import { ingressHost } from './rules/ingress-host.js';

/** Rules over a document's text, before it is an object. */
export const DOCUMENT_RULES: readonly DocumentRule[] = [syntax, notAnObject];

/** Rules over Services and Ingresses. */
export const RULES: readonly Rule[] = [
  apiVersion,
  yaml11Scalars,
  metadataPlacement,
  metadataName,
  unknownFields,
  htmlEntities,
  serviceTypeValue,
  headlessType,
  typeFields,
  nodePortRange,
  nodePortType,
  portMissing,
  portValues,
  portNames,
  targetPortName,
  selectorMissing,
  externalName,
  ingressBackend,
  ingressPath,
  ingressPathType,
  ingressClass,
  ingressHost,
];

export type { DocumentRule, Finding, LintContext, LintObject, Rule, RuleFinding, Severity } from './types.js';
