package dev.storagelab.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command's arguments are docker flags ({@code mounts parse "--volume=data:/app"}): a word that
 * starts with a dash and is none of the command's own options is an argument, not an unknown
 * option.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface DockerFlagArguments {}
