// Discord's limits that the renderer must respect, as named constants with their sources.
// discord.js's builders check single fields (title, description, custom_id, label) but NOT the
// 2000-character content, the 6000-character embed total or 5 buttons per row (PLATFORM-FACTS §2),
// so the renderer counts those itself.
//
// Lengths are counted in UTF-16 code units (JavaScript's `length`). Discord counts characters;
// a string's UTF-16 length is never smaller than its character count, so staying within a limit
// in code units stays within it in characters.

/** Message `content`. https://discord.com/developers/docs/resources/message#create-message */
export const CONTENT_MAX = 2000;

/** Embeds per message. https://discord.com/developers/docs/resources/message#create-message */
export const EMBEDS_PER_MESSAGE_MAX = 10;
/**
 * Sum of title, description, field names and values, footer text and author name across all
 * embeds of one message. https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export const EMBED_TOTAL_MAX = 6000;
/** Embed limits, same page. */
export const EMBED_TITLE_MAX = 256;
export const EMBED_DESCRIPTION_MAX = 4096;

/** Action rows per message and buttons per row. https://discord.com/developers/docs/components/reference#action-row */
export const ACTION_ROWS_MAX = 5;
export const BUTTONS_PER_ROW_MAX = 5;
/** Button `custom_id` (1–100, unique in the message) and `label`. https://discord.com/developers/docs/components/reference#button */
export const CUSTOM_ID_MAX = 100;
export const BUTTON_LABEL_MAX = 80;

/** Files per message and bytes per file (the default upload limit). https://discord.com/developers/docs/reference#uploading-files */
export const FILES_PER_MESSAGE_MAX = 10;
export const FILE_BYTES_MAX = 10 * 1024 * 1024;

/**
 * Slash commands: name 1–32 lowercase, description 1–100, string option value up to 6000,
 * autocomplete: at most 25 choices, name and value 1–100 each.
 * https://discord.com/developers/docs/interactions/application-commands#application-command-object
 */
export const COMMAND_DESCRIPTION_MAX = 100;
export const STRING_OPTION_MAX = 6000;
export const AUTOCOMPLETE_CHOICES_MAX = 25;
export const AUTOCOMPLETE_CHOICE_MAX = 100;

/**
 * The first response to an interaction must arrive within 3 s, or its token dies (10062 Unknown
 * interaction); after a deferral the token lasts 15 min.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 * When the core has not answered after half that window, defer: it leaves room for a slow network.
 */
export const DEFER_AFTER_MS = 1500;
