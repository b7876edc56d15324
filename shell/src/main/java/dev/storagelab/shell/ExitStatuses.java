package dev.storagelab.shell;

import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineUnavailableException;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.image.BaseImageUnavailableException;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.k8s.cluster.ClusterException;
import dev.storagelab.k8s.cluster.LocalCluster;
import dev.storagelab.k8s.manifests.ManifestWriter.ManifestWriteException;
import dev.storagelab.lesson.StepInterruptedException;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * Maps what a command throws to an exit status whose description is the message a user reads: an
 * input mistake ({@link InputException}) to 2, an engine, check or write failure to 1. Anything
 * else, whatever its JDK type, is a bug in storage-lab and says so.
 */
public class ExitStatuses implements ExitStatusExceptionMapper {

  /**
   * What every command names in {@code exitStatusExceptionMapper}; {@link AnnotatedCommands} holds
   * them to it.
   */
  public static final String BEAN = "exitStatuses";

  /** A usage or input error. */
  public static final int USAGE = 2;

  /** A failed check or operation. */
  public static final int FAILED = 1;

  @Override
  public ExitStatus apply(Exception exception) {
    Throwable cause = unwrap(exception);
    ExitStatus status = statusFor(cause);
    Debug.printStackTrace(cause);
    return status;
  }

  private static ExitStatus statusFor(Throwable cause) {
    if (cause instanceof InputException
        || cause instanceof ObjectNotFoundException
        || cause instanceof EngineUnavailableException e && e.problem().isUsage()) {
      return new ExitStatus(USAGE, cause.getMessage());
    }
    if (cause instanceof ConversionException) {
      return new ExitStatus(USAGE, "Bad option value: " + rootMessage(cause));
    }
    if (cause instanceof CheckFailedException
        || cause instanceof EngineUnavailableException
        || cause instanceof BaseImageUnavailableException
        || cause instanceof StepInterruptedException
        || cause instanceof ManifestWriteException
        || cause instanceof ClusterException
        || cause instanceof LocalCluster.K3sImageMissingException) {
      return new ExitStatus(FAILED, cause.getMessage());
    }
    if (cause instanceof EngineException) {
      return new ExitStatus(FAILED, "The engine refused: " + cause.getMessage());
    }
    return new ExitStatus(FAILED, "Internal error (a bug in storage-lab): " + cause);
  }

  private static Throwable unwrap(Throwable exception) {
    Throwable cause = exception;
    while (cause instanceof java.lang.reflect.InvocationTargetException
        || cause instanceof org.springframework.shell.core.command.CommandExecutionException) {
      if (cause.getCause() == null) {
        break;
      }
      cause = cause.getCause();
    }
    return cause;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
