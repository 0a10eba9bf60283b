package org.opendividend.benchmark;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnswersTest {

    @Test
    void countsByKindAndStatusAndNoAnswersApart() {
        Answers answers = new Answers();
        answers.count("upload", 201);
        answers.count("upload", 201);
        answers.count("submit", Answers.NO_ANSWER);
        answers.count("submit", 503, 3);
        answers.count("submit", 201, 0);
        assertEquals(2, answers.of("upload", 201));
        assertEquals(1, answers.noAnswers());
        assertEquals("submit: no answer × 1, 503 (retried) × 3; upload: 201 × 2", answers.toString());
    }
}
