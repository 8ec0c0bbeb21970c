package org.tactician.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.tactician.model.TacticianPackage;
import org.tactician.model.resource.PlanResource;

/** In the running product, .mplan files are known to the platform and to EMF. */
class PlanFileRegistrationTest {

    @Test
    void planFilesHaveTheirContentType() throws IOException {
        IContentType byName = Platform.getContentTypeManager().findContentTypeFor("client.mplan");
        assertNotNull(byName, "a content type for .mplan");
        assertEquals("org.tactician.model.plan", byName.getId());

        String plan = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tactician:MarketingPlan xmi:version=\"2.0\""
                + " xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:tactician=\"" + TacticianPackage.eNS_URI
                + "\" id=\"p\"/>\n";
        IContentType byContent = Platform.getContentTypeManager().findContentTypeFor(
                new ByteArrayInputStream(plan.getBytes(StandardCharsets.UTF_8)), "client.mplan");
        assertEquals("org.tactician.model.plan", byContent.getId());
    }

    @Test
    void emfCreatesPlanResourcesForPlanFiles() {
        assertNotNull(EPackage.Registry.INSTANCE.getEPackage(TacticianPackage.eNS_URI));
        Resource resource = new ResourceSetImpl().createResource(URI.createURI("platform:/resource/p/client.mplan"));
        assertInstanceOf(PlanResource.class, resource);
    }

    @Test
    void emfsGlobalValidatorChecksPlansWithThePlanRulesWithoutAnyStartLevel() {
        // Declarative Services registers it when the platform starts; nothing of the validation
        // bundle is touched before this look-up (the class is compared by name).
        Object validator = EValidator.Registry.INSTANCE.get(TacticianPackage.eINSTANCE);
        assertNotNull(validator, "a validator for the plan package in EMF's global registry");
        assertEquals("org.tactician.validation.PlanValidator", validator.getClass().getName());
    }
}
