package org.opendividend.review.control;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

import javax.net.ssl.SSLContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Lets keycloak-admin-client call Keycloak through the server's own Jersey client and its proxies of JAX-RS
 * interfaces, instead of RESTEasy: RESTEasy's providers in the WAR would be handed to the application's Jersey,
 * which cannot create them (the deployment fails). Found by the admin client through
 * {@code META-INF/services/org.keycloak.admin.client.spi.ResteasyClientProvider}. Keycloak's representations are
 * Jackson beans, read and written here with Jackson as Keycloak's own client does (absent fields left out, unknown
 * ones ignored); the reader and writer are registered on this client only, never on the application.
 */
public class KeycloakJerseyClients implements ResteasyClientProvider {

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        ClientBuilder builder = ClientBuilder.newBuilder().register(new JacksonJson(), 100);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
        return WebResourceFactory.newResource(targetClass, target);
    }

    /** JSON of Keycloak's representations, with Jackson. */
    @Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
    @Produces({MediaType.APPLICATION_JSON, "application/*+json"})
    static final class JacksonJson implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

        private final ObjectMapper mapper = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        private static boolean json(MediaType mediaType) {
            return mediaType != null && mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("json");
        }

        private static boolean untouched(Class<?> type) {
            return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                    || jakarta.ws.rs.core.Form.class.isAssignableFrom(type) || MultivaluedMap.class.isAssignableFrom(type);
        }

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return json(mediaType) && !untouched(type);
        }

        @Override
        public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws java.io.IOException {
            return mapper.readValue(entityStream, mapper.getTypeFactory().constructType(genericType));
        }

        @Override
        public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return json(mediaType) && !untouched(type);
        }

        @Override
        public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                            MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws java.io.IOException {
            mapper.writeValue(entityStream, value);
        }
    }
}
