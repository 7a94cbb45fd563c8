package io.ledgerlint.testsupport.access;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** A service with credentials configured ({@link TestCredentials}), so that its path policies are enforced. */
public class AccessEnforcedProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        for (String role : TestCredentials.ROLES) {
            String key = "ledgerlint.auth.api-keys." + TestCredentials.keyName(role);
            config.put(key + ".key", TestCredentials.apiKey(role));
            config.put(key + ".roles", role);
        }
        config.put("mp.jwt.verify.publickey.location", TestCredentials.TOKEN_VERIFICATION_KEY);
        config.put("mp.jwt.verify.issuer", TestCredentials.TOKEN_ISSUER);
        return config;
    }
}
