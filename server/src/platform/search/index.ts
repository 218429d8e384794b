export { indexDocument, indexDocuments, removeFromIndex, type IndexEntry } from './write.js';
export { RANKED_AT_MOST, search, type AccessFilter, type SearchFilters, type SearchHit, type SearchOptions, type SearchResult } from './query.js';
