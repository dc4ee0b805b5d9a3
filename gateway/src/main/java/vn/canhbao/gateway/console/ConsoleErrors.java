package vn.canhbao.gateway.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.canhbao.gateway.web.BadRequestException;
import vn.canhbao.gateway.web.ConflictException;
import vn.canhbao.gateway.web.NotFoundException;

/**
 * What the console shows when an action is refused: a page in the officer's language saying why and what to do, with
 * the same status code the API would give.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
class ConsoleErrors {

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, "error.forbidden", e.getMessage(), model, response);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.CONFLICT, "error." + e.code(), e.getMessage(), model, response);
    }

    @ExceptionHandler(BadRequestException.class)
    String badRequest(BadRequestException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "error.bad-request", e.getMessage(), model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, "error.not-found", e.getMessage(), model, response);
    }

    private static String page(
            HttpStatus status, String key, String english, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("key", key);
        model.addAttribute("english", english);
        return "console/error";
    }
}
