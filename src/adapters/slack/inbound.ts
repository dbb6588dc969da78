// What Slack sends -> what the user typed. Slack wraps mentions, channels and links in <…> and
// escapes &, < and > (api.slack.com/reference/surfaces/formatting#retrieving-messages); the core
// wants the plain words.

/** Unwraps Slack's <…> tokens and decodes its three entities; drops mentions of the bot itself. */
export function fromSlackText(text: string, botUserId?: string): string {
  const unwrapped = text.replace(/<([^<>]*)>/g, (_m, inner: string) => {
    const bar = inner.indexOf('|');
    const target = bar < 0 ? inner : inner.slice(0, bar);
    const label = bar < 0 ? undefined : inner.slice(bar + 1);
    if (target.startsWith('@')) {
      if (botUserId !== undefined && target.slice(1) === botUserId) return '';
      return label !== undefined ? `@${label.replace(/^@/, '')}` : target;
    }
    if (target.startsWith('#')) return label !== undefined ? `#${label}` : target;
    if (target.startsWith('!')) {
      if (label !== undefined) return label;
      const special = target.slice(1);
      return /^(here|channel|everyone)$/.test(special) ? `@${special}` : '';
    }
    // A link: what the user saw (Slack links bare host names: <http://a.example.com|a.example.com>).
    return label ?? target;
  });
  return unwrapped.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
}

/** Direct-message channel ids start with D. */
export function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}

/** A Slack user id, safe to put inside <@…>. */
export function isUserId(id: string): boolean {
  return /^[UW][A-Z0-9]{2,20}$/.test(id);
}
