// Slack's limits for what the renderer emits, as named constants. Lengths are counted in UTF-16
// code units (JavaScript's `length`), which is never less than Slack's character count, so a
// payload within these numbers is within Slack's.

/** Blocks in one message (100 only in modals and App Home). docs.slack.dev/reference/block-kit/blocks */
export const MAX_BLOCKS_PER_MESSAGE = 50;

/** A section block's `text`: 1–3000 characters. docs.slack.dev/reference/block-kit/blocks/section-block */
export const MAX_SECTION_TEXT = 3000;

/** A section's `fields`: at most 10 items of at most 2000 characters each. Same page. */
export const MAX_SECTION_FIELDS = 10;
export const MAX_FIELD_TEXT = 2000;

/** A header block's plain_text: 150 characters. docs.slack.dev/reference/block-kit/blocks/header-block */
export const MAX_HEADER_TEXT = 150;

/** A context block: at most 10 elements. docs.slack.dev/reference/block-kit/blocks/context-block */
export const MAX_CONTEXT_ELEMENTS = 10;

/** A button's text (75; Slack may cut it visually at about 30) and value (2000).
 *  docs.slack.dev/reference/block-kit/block-elements/button-element */
export const MAX_BUTTON_TEXT = 75;
export const MAX_BUTTON_VALUE = 2000;

/** `action_id`: 255, unique within its block. Same page. */
export const MAX_ACTION_ID = 255;

/** Elements in one actions block. docs.slack.dev/reference/block-kit/blocks/actions-block */
export const MAX_ACTIONS_ELEMENTS = 25;

/**
 * A message's top-level `text`. Slack cuts it at 40,000 characters (warning `message_truncated`,
 * api.slack.com/changelog/2018-04-truncating-really-long-messages); with blocks it is only the
 * notification and screen-reader fallback, so we keep it far shorter, as Slack suggests.
 */
export const FALLBACK_TEXT_MAX = 3000;

/**
 * A `response_url` accepts at most 5 posts within 30 minutes.
 * docs.slack.dev/interactivity/handling-user-interaction
 */
export const RESPONSE_URL_MAX_USES = 5;
