package vn.thidua.account;

import java.nio.ByteBuffer;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads a stored session's security context once per content instead of once per request.
 * Spring Session keeps each attribute Java-serialised, and every signed-in request turned
 * the same 2 KB back into the same user, a twentieth of a page's CPU. The sign-in kept
 * for the same bytes is handed out in a new context each time, since a context is changed
 * in place (by a sign-out, say), while the sign-in in it is not.
 */
final class KeptSecurityContexts implements Converter<byte[], Object> {

	private final Converter<byte[], Object> deserializer;

	private final Cache<ByteBuffer, Authentication> kept = Caffeine.newBuilder()
		.maximumSize(2_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	KeptSecurityContexts(Converter<byte[], Object> deserializer) {
		this.deserializer = deserializer;
	}

	@Override
	public Object convert(byte[] bytes) {
		Authentication known = kept.getIfPresent(ByteBuffer.wrap(bytes));
		if (known != null) {
			return new SecurityContextImpl(known);
		}
		Object value = deserializer.convert(bytes);
		if (value instanceof SecurityContextImpl context && context.getClass() == SecurityContextImpl.class
				&& context.getAuthentication() != null) {
			kept.put(ByteBuffer.wrap(bytes.clone()), context.getAuthentication());
		}
		return value;
	}

}
