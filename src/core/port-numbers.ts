// The ports a troubleshooting story states ("curl …:80 -> refused, the app runs on 8080", "`targetPort:
// http` and the container port is `name: web`"), set side by side: the answer names the asker's own
// numbers and names instead of the template `targetPort` must be the app's port.

/** The port the app listens on, as people say it or as a manifest or log line shows it. */
const APP_PORT: readonly RegExp[] = [
  /\b(?:app|application|server|container|process|pod|api)\b[^.?!\n]{0,40}?\b(?:runs?|running|listens?|listening|serves?|serving|bound|binds?|binding|starts?|started|is up)\s+(?:on\s+|to\s+)?(?:port\s+)?:?(\d{2,5})\b/i,
  /\bcontainer ?port\s*(?:is\s+|:|=)?\s*(\d{2,5})\b/i,
  /\blistening on\s+(?:(?:\d{1,3}\.){3}\d{1,3}|\[::\]|\*|localhost)?:(\d{2,5})\b/i,
];
/** The Service's targetPort when it is a number. */
const TARGET_PORT = /\btarget ?port\s*(?:is\s+|:|=)?\s*(\d{2,5})\b/i;
/** The port a failing connection went to: "Failed to connect to 10.96.0.5 port 80", "http://10.96.44.12:80", "port 80: Connection refused". */
const CALLED_PORT: readonly RegExp[] = [
  /\bfailed to connect to \S+ port (\d{2,5})\b/i,
  /\bhttps?:\/\/[^\s/:'"`]+:(\d{2,5})\b/i,
  /\bport (\d{2,5})\b[^.\n]{0,20}\b(?:connection )?refused\b/i,
  // The port a call went to, told in words: "refused when i curl the clusterIP on port 80", "connecting to it on port 80 hangs".
  /\b(?:curl(?:s|ed|ing)?|connect(?:s|ed|ing)?|call(?:s|ed|ing)?|hit(?:s|ting)?|request(?:s|ed|ing)?)\b[^.\n,;]{0,40}?\b(?:on|to|at) port (\d{2,5})\b/i,
  // The port callers use, said of the Service: "service port is 80", "the svc's port: 80".
  /\b(?:service|svc)(?:'s)? port\s*(?:is\s+|:|=)?\s*(\d{2,5})\b/i,
];
/** A named targetPort ("targetPort: http"), which must equal a container port's name. */
const TARGET_PORT_NAME = /\btarget ?port\s*(?:is\s+|:|=)\s*["'`]?([a-z][a-z0-9-]{0,14})\b(?!["'`]?\s*\d)/i;
/** A container port's name: "- name: web, containerPort: 8080", "containerPort: 8080 name: web", "container port named web". */
const CONTAINER_PORT_NAME: readonly RegExp[] = [
  /\bname:\s*["']?([a-z][a-z0-9-]{0,14})["']?\s*,?\s*container ?port\b/i,
  /\bcontainer ?port:?\s*\d{2,5}\s*,?\s*name:\s*["']?([a-z][a-z0-9-]{0,14})\b/i,
  /\bcontainer ?port (?:is )?(?:named|called)\s+["'`]?([a-z][a-z0-9-]{0,14})\b/i,
];

/** NodePort default range (kube-apiserver --service-node-port-range): a node's port, not the app's. */
const isNodePort = (port: number): boolean => port >= 30000 && port <= 32767;

const first = (patterns: readonly RegExp[], text: string): string | undefined => {
  for (const re of patterns) {
    const m = re.exec(text);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
};

/**
 * What the ports in a report of failing connections say, in the asker's numbers; null when it
 * states no two that disagree.
 */
export function portMismatchAnswer(text: string): string | null {
  const targetName = TARGET_PORT_NAME.exec(text)?.[1]?.toLowerCase();
  const containerName = first(CONTAINER_PORT_NAME, text)?.toLowerCase();
  const appPort = first(APP_PORT, text);
  if (targetName !== undefined && containerName !== undefined && targetName !== containerName) {
    const number = appPort === undefined ? '' : ` (or the number, \`targetPort: ${appPort}\`)`;
    return `\`targetPort: ${targetName}\` is a port **name**, and a named targetPort must equal the \`name\` of a container port in the pods; yours is named \`${containerName}\`. With no port named \`${targetName}\` in a pod, the pod gets no endpoint port for the Service, so connections are refused or never arrive. Set \`targetPort: ${containerName}\`${number}, or rename the container port to \`${targetName}\`.`;
  }
  if (appPort === undefined) return null;
  const target = TARGET_PORT.exec(text)?.[1];
  if (target !== undefined && target !== appPort) {
    return `The Service's \`targetPort\` is **${target}**, but the app listens on **${appPort}**: traffic goes to port ${target} in the pod, where nothing listens, so it is refused. Set \`targetPort: ${appPort}\`.`;
  }
  const called = first(CALLED_PORT, text);
  if (target === undefined && called !== undefined && called !== appPort && !isNodePort(Number(called))) {
    return `You connect to port **${called}** and the app listens on **${appPort}**: the Service must map one to the other, \`port: ${called}\` with \`targetPort: ${appPort}\`. \`targetPort\` defaults to \`port\`, so without it traffic reaches port ${called} in the pod, where nothing listens, and is refused.`;
  }
  return null;
}
