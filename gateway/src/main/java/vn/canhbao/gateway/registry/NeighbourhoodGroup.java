package vn.canhbao.gateway.registry;

import java.util.UUID;

/** A neighbourhood group of a ward (tổ dân phố, thôn, ấp, bản), with how many leaders and people it has. */
public record NeighbourhoodGroup(UUID id, String wardCode, String name, int leaders, int people) {}
