package dev.storagelab.docker.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test talks to a real Docker engine. Without one it is skipped, with the reason printed once;
 * with {@code STORAGE_LAB_REQUIRE_DOCKER=1} (as in CI) a missing engine fails it instead. Tagged
 * {@code engine}: it runs in the build's integration phase ({@code ./mvnw verify}), not in the fast
 * one ({@code ./mvnw test}).
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(EngineCondition.class)
@Tag("engine")
public @interface RequiresEngine {}
