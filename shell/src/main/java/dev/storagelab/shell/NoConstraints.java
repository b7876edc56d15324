package dev.storagelab.shell;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * The validator each command's parameters go through. No command declares a Bean Validation
 * constraint (input is checked by the domain, with messages that say what to do), so there is
 * nothing to validate; Spring Shell's default, Hibernate Validator's factory, cost a tenth of a
 * one-shot command's time to build.
 */
class NoConstraints implements Validator, ExecutableValidator {

  @Override
  public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateProperty(
      T object, String propertyName, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateValue(
      Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
    throw new ValidationException("storage-lab declares no constraints");
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    throw new ValidationException("storage-lab has no validation provider");
  }

  @Override
  public ExecutableValidator forExecutables() {
    return this;
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateParameters(
      T object, Method method, Object[] parameterValues, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateReturnValue(
      T object, Method method, Object returnValue, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateConstructorParameters(
      Constructor<? extends T> constructor, Object[] parameterValues, Class<?>... groups) {
    return Set.of();
  }

  @Override
  public <T> Set<ConstraintViolation<T>> validateConstructorReturnValue(
      Constructor<? extends T> constructor, T createdObject, Class<?>... groups) {
    return Set.of();
  }
}
