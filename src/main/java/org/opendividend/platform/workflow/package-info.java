/**
 * The shape every workflow of the business components takes: a table of transitions and what holds in each state.
 * The components own their tables (states, actions, who takes a step); this package only knows how to read one.
 */
package org.opendividend.platform.workflow;
