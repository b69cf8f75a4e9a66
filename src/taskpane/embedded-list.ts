// The embedded default list, bundled as text (webpack asset/source; Vite raw import in tests).
import text from '../../seeds/baojing-rectification-list.txt?raw';

export const EMBEDDED_LIST_TEXT: string = text;
