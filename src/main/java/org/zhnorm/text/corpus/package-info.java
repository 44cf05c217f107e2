/**
 * Corpus-level cleaning, plain Java: line keys for site boilerplate (lines repeated across many
 * documents of one host) and MinHash signatures for exact and near-duplicate documents. The Beam
 * transforms RemoveSiteBoilerplate and MergeDuplicates wire these. No Beam imports.
 */
package org.zhnorm.text.corpus;
