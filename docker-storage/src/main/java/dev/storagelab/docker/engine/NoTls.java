package dev.storagelab.docker.engine;

import com.github.dockerjava.transport.SSLConfig;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS set-up of a Unix socket endpoint: a context that refuses to be used. Without one, the
 * HTTP client builds the JVM's default TLS context for every client it makes, reading and parsing
 * the system's CA certificates, which costs a one-shot command about a tenth of its time for
 * nothing.
 */
final class NoTls implements SSLConfig {

  @Override
  public SSLContext getSSLContext() {
    return new SSLContext(new Refusing(), null, "none") {};
  }

  private static final class Refusing extends SSLContextSpi {

    private static IllegalStateException refused() {
      return new IllegalStateException("this engine endpoint does not use TLS");
    }

    @Override
    protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
        throws KeyManagementException {
      throw new KeyManagementException("this engine endpoint does not use TLS");
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
      throw refused();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
      throw refused();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
      throw refused();
    }
  }
}
