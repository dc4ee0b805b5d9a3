package vn.canhbao.core.audience;

/** Why a recipient is in the registry: a resident who receives, or a neighbourhood leader who also confirms. */
public enum RecipientRole {
    RESIDENT,
    LEADER
}
