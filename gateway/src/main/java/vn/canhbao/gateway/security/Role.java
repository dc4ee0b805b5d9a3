package vn.canhbao.gateway.security;

/** What a person or system may do in canhbao. */
public enum Role {
    /** Runs canhbao: every ward, the audit log, redrives. */
    ADMIN,
    /** Every ward of one province. */
    PROVINCE_OFFICER,
    /** Writes, issues, updates and cancels alerts for their wards. */
    WARD_OFFICER,
    /** The second person who approves a real alert before it is issued (lãnh đạo Ban chỉ huy). */
    APPROVER,
    /** A neighbourhood leader: confirms receipt. */
    LEADER,
    /** An upstream system or automation holding an API key. */
    SYSTEM;

    public String authority() {
        return "ROLE_" + name();
    }
}
