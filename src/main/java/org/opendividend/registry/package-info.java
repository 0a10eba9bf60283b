/**
 * The public face (issue #13, items 8 and 9): the registry of funded projects at {@code /registry/} without login, its
 * open data ({@code /api/v1/registry/…}: JSON, CSV, a 360Giving data package and an Atom feed of newly verified
 * outputs). A read model only: it owns no table and reads other components through their published read records
 * (awards' {@code PublicAwards}, outputs' {@code PublicOutputs} and licence catalogue, calls' target languages,
 * ministries' {@code MinistryFacade}); nothing imports it.
 */
package org.opendividend.registry;
