package vn.canhbao.gateway.pipeline;

import java.util.UUID;

/** The record on {@code canhbao.alerts}: an alert was issued and its audience is to be planned. */
public record AlertIssued(UUID alertId, String wardCode) {}
