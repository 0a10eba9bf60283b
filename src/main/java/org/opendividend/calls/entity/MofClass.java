package org.opendividend.calls.entity;

/** The Model Openness Framework class a funded model must reach */
public enum MofClass {
    NONE, CLASS_III, CLASS_II, CLASS_I;

    public String labelKey() {
        return " III (open model), II (open tooling), I (open science); NONE when the call funds no models.:mof.class." + name();
    }
}
