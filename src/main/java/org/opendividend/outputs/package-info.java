/**
 * What funded projects release and whether it is open: the output obligations of accepted awards (code, model weights,
 * datasets, documentation, evaluation tools), the licence knowledge base that decides which licences count as open
 * for which kind of output, and the automated checks of the registered outputs against public registries.
 * <p>
 * Awards hands each accepted award's obligations over ({@link org.opendividend.outputs.boundary.OutputsFacade#track},
 * with the award's number, organisation, ministries, allowed licences, due date, languages and required MOF class), so
 * that outputs never reads the awards' data; outputs then owns their tracking: the grantee's registration (address,
 * registry, revision, persistent identifier, SPDX licence, MOF components of model weights), the checks run at once and
 * stored with their evidence ({@link org.opendividend.outputs.control.ObligationChecking} over
 * {@link org.opendividend.outputs.control.RegistryReader} and {@link org.opendividend.outputs.control.OutputChecks}),
 * the officers' verdicts with reasons, and the re-checks on the server's managed scheduler
 * ({@link org.opendividend.outputs.boundary.OutputRechecks}) that flag a verified output that changed. The states
 * follow {@link org.opendividend.outputs.entity.ObligationWorkflow}; who may do what,
 * {@link org.opendividend.outputs.boundary.OutputPermissions}. The disbursements' gate of the retained tranche asks
 * {@link org.opendividend.outputs.boundary.OutputsFacade#verifiedPositions}; the public registry reads the published
 * awards' outputs without login through {@link org.opendividend.outputs.boundary.PublicOutputs} (state, registered
 * link and licence, verification time, MOF class; nobody's identity, no officer's reason).
 * <p>
 * The licence knowledge base: {@link org.opendividend.outputs.control.LicenceCatalogue}, built on the SPDX licence list
 * shipped in a jar (never fetched at run time), and its public REST face {@code GET /api/v1/licences}.
 * Dependencies: platform, organisations (membership) and ministries only; calls, applications and awards use outputs.
 */
package org.opendividend.outputs;
