package org.opendividend.people.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendividend.people.entity.Person;

import java.util.List;

/** The admin dashboard's list of people who have logged in. */
@Named
@RequestScoped
public class PeopleView {

    static final int SHOWN = 500;

    @Inject
    PersonFacade people;

    private List<Person> shown;

    public List<Person> getPeople() {
        if (shown == null) {
            shown = people.people(SHOWN);
        }
        return shown;
    }
}
