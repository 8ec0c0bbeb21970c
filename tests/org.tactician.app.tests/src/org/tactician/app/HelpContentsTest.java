package org.tactician.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.intro.IIntroPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The help system of the standalone product: Help Contents shows the Tactician user guide in
 * its own window, served by the product's help server, searchable; F1 shows context help.
 */
class HelpContentsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private IWorkbench workbench;
    private IWorkbenchWindow window;

    @BeforeEach
    void onTheTacticianPerspective() throws Exception {
        workbench = PlatformUI.getWorkbench();
        window = workbench.getActiveWorkbenchWindow();
        workbench.showPerspective(TacticianIds.PERSPECTIVE, window);
    }

    @AfterEach
    void closeTheHelp() {
        helpWindow().ifPresent(Shell::close);
        if (helpView() != null) {
            window.getActivePage().hideView(helpView());
        }
        IIntroPart intro = workbench.getIntroManager().getIntro();
        if (intro != null) {
            workbench.getIntroManager().closeIntro(intro);
        }
    }

    private static Optional<Shell> helpWindow() {
        return Arrays.stream(Display.getCurrent().getShells())
                .filter(shell -> !shell.isDisposed() && shell.isVisible() && shell.getText().startsWith("Help"))
                .findFirst();
    }

    /** The help window's browser, once it shows a page of the help server. */
    private static Browser helpBrowser() {
        Screen.waitUntil("the help window", PATIENCE, () -> helpWindow().isPresent());
        Shell shell = helpWindow().orElseThrow();
        Screen.waitUntil("the help window's browser", PATIENCE,
                () -> !Screen.find(shell, Browser.class, browser -> true).isEmpty());
        Browser browser = Screen.find(shell, Browser.class, candidate -> true).get(0);
        Screen.waitUntil("the help server's page in the browser", PATIENCE,
                () -> browser.getUrl() != null && browser.getUrl().startsWith("http://"));
        return browser;
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void helpContentsShowsTheUserGuideFromTheProductsHelpServer() throws Exception {
        workbench.getHelpSystem().displayHelp(); // Help > Help Contents
        Browser browser = helpBrowser();
        URI server = URI.create(browser.getUrl()).resolve("/help/");
        assertEquals("127.0.0.1", server.getHost(), "the help server listens on this machine only");

        HttpResponse<String> home = get(server.resolve("topic/org.tactician.help/topics/overview.html"));
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<h1>Tactician User Guide</h1>"), "the guide's first page is served");

        HttpResponse<String> rule = get(server.resolve("topic/org.tactician.help/rules/smart.measurable.target-missing.html"));
        assertEquals(200, rule.statusCode(), "a generated rule topic is served");
        assertTrue(rule.body().contains("How to fix it"));

        HttpResponse<String> toc = get(server.resolve("toc"));
        assertEquals(200, toc.statusCode());
        assertTrue(toc.body().contains("Tactician User Guide"), "the guide is a book of the help contents");

        Screen.waitUntil("the help window's frame set", PATIENCE, () -> browser.getUrl().contains("/help/index.jsp"));
        Screen.settle(Duration.ofSeconds(4));
        Screen.shoot("help-contents");
    }

    @Test
    void aTopicOpensInTheHelpWindow() throws Exception {
        workbench.getHelpSystem().displayHelpResource("/org.tactician.help/topics/race.html");
        Browser browser = helpBrowser();
        Screen.waitUntil("the RACE topic", PATIENCE,
                () -> URLDecoder.decode(browser.getUrl(), StandardCharsets.UTF_8).contains("/org.tactician.help/topics/race.html"));
        Screen.settle(Duration.ofSeconds(4));
        Screen.shoot("help-topic-race");
    }

    @Test
    void theSearchFindsARuleByItsId() throws Exception {
        workbench.getHelpSystem().displayHelp();
        URI server = URI.create(helpBrowser().getUrl()).resolve("/help/");
        // The first search builds the Lucene index of every topic: it may take a while.
        HttpResponse<String> found = get(server.resolve(
                "search?phrase=" + URLEncoder.encode("\"smart.time-bound.deadline-missing\"", StandardCharsets.UTF_8)));
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains("/org.tactician.help/rules/smart.time-bound.deadline-missing.html"),
                "the rule's topic is a hit: " + found.body());
    }

    @Test
    void f1OnTheWelcomeShowsItsContextHelp() {
        IIntroPart intro = workbench.getIntroManager().showIntro(window, false);
        assertNotNull(intro);
        Screen.settle(Duration.ofMillis(500));
        List<Hyperlink> links = Screen.find(window.getShell(), Hyperlink.class, link -> "New plan".equals(link.getText()));
        assertEquals(1, links.size());
        assertTrue(links.get(0).setFocus(), "the link takes the focus");
        // A real F1 key press on the virtual display (the product binds F1 on GTK, which by itself
        // only sends context help on Ctrl+F1): the Help view shows the welcome's context.
        Display display = window.getShell().getDisplay();
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event key = new Event();
            key.type = type;
            key.keyCode = SWT.F1;
            assertTrue(display.post(key), "F1 posted");
        }
        Screen.waitUntil("the Help view", PATIENCE, () -> helpView() != null);
        // The Help view titles its section with the context's title (contexts.xml of org.tactician.help).
        Screen.waitUntil("the welcome's context in the Help view", PATIENCE, () -> !Screen.find(window.getShell(),
                Section.class, section -> "Welcome to Tactician".equals(section.getText()) && section.isVisible())
                .isEmpty());
        Screen.shoot("help-f1-welcome");
    }

    private IViewPart helpView() {
        return window.getActivePage().findView("org.eclipse.help.ui.HelpView");
    }
}
