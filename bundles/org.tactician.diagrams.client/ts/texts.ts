/*
 * The page's texts in the workbench's language. They come from the diagram server's resource
 * bundle (org.tactician.diagrams, texts.properties, the page.* keys), which also labels the tool
 * palettes: tactician-texts.js, loaded before this script, sets window.tacticianTexts.
 */
declare global {
    interface Window {
        tacticianTexts?: Record<string, string>;
    }
}

/** The text `key` with {0}, {1}... replaced by `args`; the key itself when the server has none. */
export function text(key: string, ...args: string[]): string {
    const template = window.tacticianTexts?.[key] ?? key;
    return template.replace(/\{(\d+)\}/g, (unchanged, index: string) => args[Number(index)] ?? unchanged);
}
