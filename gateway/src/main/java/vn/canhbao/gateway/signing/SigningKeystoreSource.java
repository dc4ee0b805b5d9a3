package vn.canhbao.gateway.signing;

/** Supplies a signing keystore where the operator configured none (local mode makes one on its first start). */
public interface SigningKeystoreSource {

    CapSigningProperties keystore();
}
