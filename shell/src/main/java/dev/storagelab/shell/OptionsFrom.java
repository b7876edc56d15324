package dev.storagelab.shell;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command also takes the options declared once on these records' components ({@code @Option} on
 * each), so that commands sharing a set of options declare it once; the command reads them with
 * {@link OptionRecords#read}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionsFrom {

  /** Records whose components are {@code @Option}s. */
  Class<? extends Record>[] value();
}
