package dev.zuoraemulator.common;

/** An object that belongs to an entity (tenant). */
public interface EntityOwned {

    String entityId();
}
