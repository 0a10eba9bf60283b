package org.opendividend.platform.workflow;

/** A state or an action of a workflow, named in the bundles: a refused step is told with both labels. */
public interface Labelled {

    String labelKey();
}
