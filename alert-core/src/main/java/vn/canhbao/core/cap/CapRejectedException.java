package vn.canhbao.core.cap;

import java.util.List;

/**
 * A CAP message canhbao will not accept, with every problem found in it. The API answers 400 with the problems; the
 * subclass {@link CapTooLargeException} means 413.
 */
public class CapRejectedException extends RuntimeException {

    private final List<CapProblem> problems;

    public CapRejectedException(List<CapProblem> problems) {
        this(problems, null);
    }

    public CapRejectedException(List<CapProblem> problems, Throwable cause) {
        super(summary(problems), cause);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. Never empty. */
    public List<CapProblem> problems() {
        return problems;
    }

    private static String summary(List<CapProblem> problems) {
        if (problems.isEmpty()) {
            return "CAP message rejected";
        }
        String first = problems.getFirst().toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
