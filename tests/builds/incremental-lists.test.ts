/** Incremental builds after edits to lists, news, aliases and new models (the other half: incremental.test.ts). */
import { EDITS, testIncrementalEdits } from './incremental-edits.ts';

testIncrementalEdits('lists, news and new entries', EDITS.slice(5));
