package org.directivetracker.eventstore.chain;

/** One event as the hash chain sees it: where it claims to stand, the hash stored with it, and how to recompute it. */
public interface ChainLink {

    long sequence();

    /** The hash stored with the event. */
    String hash();

    /** The hash its stored fields give after the given previous hash ({@code EventHashChain}). */
    String recomputeHash(String previousHash);
}
