import QtQuick
import QtQuick.Controls
import QtTest
import Tritium

// The real main window: its pages exist, the sidebar switches between them, keyboard shortcuts work, and
// the first-run state shows while there is no model.
TestCase {
    id: testCase
    name: "MainWindow"
    when: windowShown

    property var window: null

    function findByName(item, name) {
        if (!item)
            return null
        if (item.objectName === name)
            return item
        const kids = item.children !== undefined ? item.children : []
        for (let i = 0; i < kids.length; ++i) {
            const found = findByName(kids[i], name)
            if (found)
                return found
        }
        if (item.contentItem && item.contentItem !== item) {
            const inContent = findByName(item.contentItem, name)
            if (inContent)
                return inContent
        }
        return null
    }

    function init() {
        const component = Qt.createComponent("qrc:/Tritium/Main.qml")
        verify(component.status === Component.Ready, component.errorString())
        window = component.createObject(null, { context: appContext })
        verify(window !== null, "the main window was created")
        window.show()
        waitForRendering(window.contentItem)
    }

    function cleanup() {
        window.destroy()
        window = null
    }

    function test_pagesExist() {
        for (const name of ["sidebar", "chatPage", "modelsPage", "settingsPage", "newChatButton", "searchField"])
            verify(findByName(window.contentItem, name) !== null, name + " exists")
    }

    function test_firstRunStateWithoutModel() {
        const panel = findByName(window.contentItem, "firstRunPanel")
        verify(panel !== null)
        verify(panel.visible)
        const download = findByName(window.contentItem, "firstRunDownloadButton")
        verify(download.visible)
        mouseClick(download)
        compare(window.currentPage, 1, "the download button opens the Models page")
    }

    function test_sidebarNavigation() {
        const pages = findByName(window.contentItem, "pages")
        mouseClick(findByName(window.contentItem, "settingsNavButton"))
        compare(pages.currentIndex, 2)
        mouseClick(findByName(window.contentItem, "modelsNavButton"))
        compare(pages.currentIndex, 1)
        mouseClick(findByName(window.contentItem, "chatNavButton"))
        compare(pages.currentIndex, 0)
    }

    function test_keyboardShortcuts() {
        const pages = findByName(window.contentItem, "pages")
        keyClick(Qt.Key_Comma, Qt.ControlModifier)
        compare(pages.currentIndex, 2, "Ctrl+, opens Settings")
        keyClick(Qt.Key_N, Qt.ControlModifier)
        compare(pages.currentIndex, 0, "Ctrl+N returns to the chat")
        keyClick(Qt.Key_K, Qt.ControlModifier)
        verify(findByName(window.contentItem, "searchField").activeFocus, "Ctrl+K focuses search")
    }

    function test_themeSettingChangesColours() {
        const before = window.color.toString()
        appContext.settings.theme = (appContext.settings.theme === "dark") ? "light" : "dark"
        verify(window.color.toString() !== before, "the window colour follows the theme")
        appContext.settings.theme = "system"
    }

    function test_chatPageWithoutModel() {
        for (const name of ["composer", "statsBar", "messageList", "contextMeter"])
            verify(findByName(window.contentItem, name) !== null, name + " exists")
        const input = findByName(window.contentItem, "messageInput")
        verify(input.placeholderText.length > 0)
        compare(appContext.inference.state, InferenceClient.NoModel)
        verify(!appContext.chat.send("hello"), "nothing is sent without a model")
        compare(appContext.chat.messages.count, 0)
        verify(appContext.chat.errorText.length > 0, "the user is told why")
        appContext.chat.clearError()
    }

    function test_settingsKeyboardNavigation() {
        mouseClick(findByName(window.contentItem, "settingsNavButton"))
        const context = findByName(window.contentItem, "contextSpin")
        context.forceActiveFocus()
        verify(context.activeFocus)
        const before = appContext.settings.contextLength
        keyClick(Qt.Key_Up)
        compare(appContext.settings.contextLength, before + 256, "arrow keys change the setting")
        appContext.settings.contextLength = before
    }
}
