/** Incremental builds after edits to entries and pictures (the other half: incremental-lists.test.ts). */
import { EDITS, testIncrementalEdits } from './incremental-edits.ts';

testIncrementalEdits('entries and pictures', EDITS.slice(0, 5));
