// A pasted Ingress backend in the removed v1beta1 form (`serviceName`/`servicePort`), converted to the
// networking.k8s.io/v1 form with the asker's own Service and port (the `check` command's ingress-backend rule
// converts whole manifests; this answers a question that quotes only the backend).

const SERVICE_NAME = /^[ \t]*serviceName:[ \t]*["']?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)["']?[ \t]*$/m;
const SERVICE_PORT = /^[ \t]*servicePort:[ \t]*["']?([a-z0-9-]{1,15})["']?[ \t]*$/m;

/** The v1 backend for a pasted v1beta1 one, as YAML, or null when the message quotes none. */
export function legacyBackendYaml(text: string): string | null {
  const name = SERVICE_NAME.exec(text)?.[1];
  if (name === undefined) return null;
  const port = SERVICE_PORT.exec(text)?.[1];
  const portLines =
    port === undefined
      ? []
      : /^\d+$/.test(port)
        ? ['    port:', `      number: ${Number(port)}`]
        : ['    port:', `      name: ${port}`];
  return ['backend:', '  service:', `    name: ${name}`, ...portLines].join('\n');
}
