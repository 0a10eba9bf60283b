/**
 * The public face (issue #13, items 8 and 9): the registry of funded projects at {@code /registry/} without login, its
 * open data ({@code /api/v1/registry/…}: JSON, CSV and a 360Giving data package). A read model only: it owns no
 * table and reads other components through their published read records (awards' {@code PublicAwards}, calls'
 * target languages, ministries' {@code MinistryFacade}, outputs' licence catalogue); nothing imports it.
 */
package org.opendividend.registry;
