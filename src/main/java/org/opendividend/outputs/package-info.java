/**
 * What funded projects release and whether it is open: the output obligations of an award (code, model weights,
 * datasets, documentation, evaluation tools), the licence knowledge base that decides which licences count as
 * open for which kind of output, and the automated checks of the registered outputs against public registries.
 * <p>
 * Only the licence knowledge base exists yet: {@link org.opendividend.outputs.control.LicenceCatalogue}, built on
 * the SPDX licence list shipped in a jar (never fetched at run time), and its public REST face
 * {@code GET /api/v1/licences}.
 */
package org.opendividend.outputs;
