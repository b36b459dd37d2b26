<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminChoice</name>
    <message>
        <source>Set by your regional administrator</source>
        <translation>Set by your regional administrator</translation>
    </message>
</context>
<context>
    <name>AdminDirectoryScreen</name>
    <message>
        <source>Portal directory</source>
        <translation>Portal directory</translation>
    </message>
    <message>
        <source>Where the directory comes from</source>
        <translation>Where the directory comes from</translation>
    </message>
    <message>
        <source>Address of the signed directory</source>
        <translation>Address of the signed directory</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Save the address</translation>
    </message>
    <message>
        <source>Saved. The next update uses this address.</source>
        <translation>Saved. The next update uses this address.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Last update: %1</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Update now</translation>
    </message>
    <message>
        <source>Fetching and checking the directory…</source>
        <translation>Fetching and checking the directory…</translation>
    </message>
    <message>
        <source>Do the portals answer?</source>
        <translation>Do the portals answer?</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 addresses…</source>
        <translation>Checking: %1 of %2 addresses…</translation>
    </message>
    <message>
        <source>Checking the portals…</source>
        <translation>Checking the portals…</translation>
    </message>
</context>
<context>
    <name>AdminField</name>
    <message>
        <source>Set by your regional administrator</source>
        <translation>Set by your regional administrator</translation>
    </message>
</context>
<context>
    <name>AdminHeader</name>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n s</source>
        <translation>
            <numerusform>Locks in %n s</numerusform>
            <numerusform>Locks in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave librarian mode</source>
        <translation>Leave librarian mode</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Librarian mode</source>
        <translation>Librarian mode</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Library details</source>
        <translation>Library details</translation>
    </message>
    <message>
        <source>Kiosk settings</source>
        <translation>Kiosk settings</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Running since</source>
        <translation>Running since</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Databases</translation>
    </message>
    <message>
        <source>Portals in the directory</source>
        <translation>Portals in the directory</translation>
    </message>
    <message>
        <source>Idle time of a visit</source>
        <translation>Idle time of a visit</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Trainer&apos;s mode</translation>
    </message>
    <message>
        <source>Local portals</source>
        <translation>Local portals</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Portal directory</source>
        <translation>Portal directory</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Last directory update</source>
        <translation>Last directory update</translation>
    </message>
    <message>
        <source>Do the portals answer?</source>
        <translation>Do the portals answer?</translation>
    </message>
    <message>
        <source>Last schedule update</source>
        <translation>Last schedule update</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Visits today</translation>
    </message>
    <message>
        <source>Visits this month</source>
        <translation>Visits this month</translation>
    </message>
    <message>
        <source>Trainings recorded this month</source>
        <translation>Trainings recorded this month</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports to a USB stick</source>
        <translation>Reports to a USB stick</translation>
    </message>
    <message>
        <source>Prints waiting</source>
        <translation>Prints waiting</translation>
    </message>
</context>
<context>
    <name>AdminKioskScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Kiosk settings</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Time without a touch before a visit&apos;s warning</source>
        <translation>Time without a touch before a visit&apos;s warning</translation>
    </message>
    <message>
        <source>Length of the warning&apos;s countdown</source>
        <translation>Length of the warning&apos;s countdown</translation>
    </message>
    <message>
        <source>Text size a visit starts with</source>
        <translation>Text size a visit starts with</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Languages offered</translation>
    </message>
    <message>
        <source>Ukrainian and English</source>
        <translation>Ukrainian and English</translation>
    </message>
    <message>
        <source>Ukrainian only</source>
        <translation>Ukrainian only</translation>
    </message>
    <message>
        <source>Saved. It applies from the next touch.</source>
        <translation>Saved. It applies from the next touch.</translation>
    </message>
</context>
<context>
    <name>AdminLibraryScreen</name>
    <message>
        <source>Library details</source>
        <translation>Library details</translation>
    </message>
    <message>
        <source>Name in Ukrainian</source>
        <translation>Name in Ukrainian</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Hromada it serves</source>
        <translation>Hromada it serves</translation>
    </message>
    <message>
        <source>Saved. Citizens see it now.</source>
        <translation>Saved. Citizens see it now.</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Librarian mode</source>
        <translation>Librarian mode</translation>
    </message>
    <message>
        <source>Enter the librarian PIN</source>
        <translation>Enter the librarian PIN</translation>
    </message>
    <message>
        <source>No PIN is set</source>
        <translation>No PIN is set</translation>
    </message>
    <message>
        <source>Librarian mode opens only after a PIN has been set. Ask whoever runs this kiosk to run: mistctl admin set-pin</source>
        <translation>Librarian mode opens only after a PIN has been set. Ask whoever runs this kiosk to run: mistctl admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>That PIN is not right.</translation>
    </message>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>A PIN has 6 to 12 digits.</translation>
    </message>
    <message>
        <source>Librarian mode cannot be opened now.</source>
        <translation>Librarian mode cannot be opened now.</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>6 to 12 digits</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AdminPortalEditScreen</name>
    <message>
        <source>Add a local portal</source>
        <translation>Add a local portal</translation>
    </message>
    <message>
        <source>Edit a local portal</source>
        <translation>Edit a local portal</translation>
    </message>
    <message>
        <source>Saved. Citizens see it now.</source>
        <translation>Saved. Citizens see it now.</translation>
    </message>
    <message>
        <source>Name in Ukrainian (required)</source>
        <translation>Name in Ukrainian (required)</translation>
    </message>
    <message>
        <source>What citizens do there, in Ukrainian (required)</source>
        <translation>What citizens do there, in Ukrainian (required)</translation>
    </message>
    <message>
        <source>Address (required)</source>
        <translation>Address (required)</translation>
    </message>
    <message>
        <source>Secure addresses only, starting with https://. It is checked before saving.</source>
        <translation>Secure addresses only, starting with https://. It is checked before saving.</translation>
    </message>
    <message>
        <source>Hromada it serves (required)</source>
        <translation>Hromada it serves (required)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Name in English (optional)</source>
        <translation>Name in English (optional)</translation>
    </message>
    <message>
        <source>What citizens do there, in English (optional)</source>
        <translation>What citizens do there, in English (optional)</translation>
    </message>
    <message>
        <source>Where to go in person, e.g. the CNAP&apos;s address (optional)</source>
        <translation>Where to go in person, e.g. the CNAP&apos;s address (optional)</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Checking the address…</translation>
    </message>
    <message>
        <source>Warning: the address did not pass the check.</source>
        <translation>Warning: the address did not pass the check.</translation>
    </message>
    <message>
        <source>Citizens would see it as not answering. Save it anyway?</source>
        <translation>Citizens would see it as not answering. Save it anyway?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Stop checking</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Change the address</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Check and save</translation>
    </message>
</context>
<context>
    <name>AdminPortalsScreen</name>
    <message>
        <source>Local portals</source>
        <translation>Local portals</translation>
    </message>
    <message>
        <source>Your hromada&apos;s own sites are local portals: add, edit or remove them here. Portals from the regional directory can be hidden or pinned to the top.</source>
        <translation>Your hromada&apos;s own sites are local portals: add, edit or remove them here. Portals from the regional directory can be hidden or pinned to the top.</translation>
    </message>
    <message>
        <source>Add a local portal</source>
        <translation>Add a local portal</translation>
    </message>
    <message>
        <source>Local portal</source>
        <translation>Local portal</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>From the directory</translation>
    </message>
    <message>
        <source>Pinned to the top</source>
        <translation>Pinned to the top</translation>
    </message>
    <message>
        <source>Hidden from citizens</source>
        <translation>Hidden from citizens</translation>
    </message>
    <message>
        <source>Show to citizens</source>
        <translation>Show to citizens</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Pin to the top</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this portal for good? Citizens will no longer see it.</source>
        <translation>Remove this portal for good? Citizens will no longer see it.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>AdminPrintsScreen</name>
    <message>
        <source>Prints waiting</source>
        <translation>Prints waiting</translation>
    </message>
    <message>
        <source>Printing is switched off in this kiosk&apos;s configuration.</source>
        <translation>Printing is switched off in this kiosk&apos;s configuration.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Asking the printer…</translation>
    </message>
    <message>
        <source>The printer does not answer. Check that it is switched on and connected.</source>
        <translation>The printer does not answer. Check that it is switched on and connected.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>The printer is out of paper.</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer.</source>
        <translation>Paper is jammed in the printer.</translation>
    </message>
    <message>
        <source>The printer is out of toner.</source>
        <translation>The printer is out of toner.</translation>
    </message>
    <message>
        <source>A door of the printer is open.</source>
        <translation>A door of the printer is open.</translation>
    </message>
    <message>
        <source>The printer reports a problem.</source>
        <translation>The printer reports a problem.</translation>
    </message>
    <message>
        <source>Released: the pages with code %1 are printing now.</source>
        <translation>Released: the pages with code %1 are printing now.</translation>
    </message>
    <message>
        <source>Canceled: the pages with code %1 will not print.</source>
        <translation>Canceled: the pages with code %1 will not print.</translation>
    </message>
    <message>
        <source>No print is waiting with code %1. It may have printed or been canceled already.</source>
        <translation>No print is waiting with code %1. It may have printed or been canceled already.</translation>
    </message>
    <message>
        <source>The printer did not answer, so nothing changed. Try again in a moment.</source>
        <translation>The printer did not answer, so nothing changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>Ask the citizen for their pickup code, then release their pages.</source>
        <translation>Ask the citizen for their pickup code, then release their pages.</translation>
    </message>
    <message>
        <source>No prints are waiting for a pickup code.</source>
        <translation>No prints are waiting for a pickup code.</translation>
    </message>
    <message>
        <source>Code %1, sent at %2</source>
        <extracomment>A held print: its pickup code and the time it was sent.</extracomment>
        <translation>Code %1, sent at %2</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Print the pages with code %1 now</source>
        <translation>Print the pages with code %1 now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Do not print the pages with code %1</source>
        <translation>Do not print the pages with code %1</translation>
    </message>
    <message>
        <source>Other prints on their way: %1</source>
        <translation>Other prints on their way: %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
</context>
<context>
    <name>AdminReportsScreen</name>
    <message>
        <source>Reports to a USB stick</source>
        <translation>Reports to a USB stick</translation>
    </message>
    <message>
        <source>This month, %1</source>
        <translation>This month, %1</translation>
    </message>
    <message>
        <source>Last month, %1</source>
        <translation>Last month, %1</translation>
    </message>
    <message>
        <source>Looking for USB sticks…</source>
        <translation>Looking for USB sticks…</translation>
    </message>
    <message>
        <source>Writing the reports. Do not remove the stick.</source>
        <translation>Writing the reports. Do not remove the stick.</translation>
    </message>
    <message>
        <source>Done. You can remove the stick. The files are in its Mist folder: %1 and %2.</source>
        <translation>Done. You can remove the stick. The files are in its Mist folder: %1 and %2.</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one into the kiosk, wait a few seconds, then press “Look again”.</source>
        <translation>No USB stick found. Plug one into the kiosk, wait a few seconds, then press “Look again”.</translation>
    </message>
    <message>
        <source>The stick is read-only, so nothing was written. Check the lock switch on its side, or use another stick.</source>
        <translation>The stick is read-only, so nothing was written. Check the lock switch on its side, or use another stick.</translation>
    </message>
    <message>
        <source>The stick is full, so nothing was written. Free some space on it on another computer, or use another stick.</source>
        <translation>The stick is full, so nothing was written. Free some space on it on another computer, or use another stick.</translation>
    </message>
    <message>
        <source>The kiosk has recorded nothing yet, so there is no report to write.</source>
        <translation>The kiosk has recorded nothing yet, so there is no report to write.</translation>
    </message>
    <message>
        <source>The reports could not be written. Check that the stick is plugged in properly and try again.</source>
        <translation>The reports could not be written. Check that the stick is plugged in properly and try again.</translation>
    </message>
    <message>
        <source>The month&apos;s usage table (for Excel) and the printable monthly report go into the Mist folder on the stick. Names and typed text are never in them.</source>
        <translation>The month&apos;s usage table (for Excel) and the printable monthly report go into the Mist folder on the stick. Names and typed text are never in them.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>USB stick</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (%2 free)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Write the reports</source>
        <translation>Write the reports</translation>
    </message>
</context>
<context>
    <name>AdminSaveRow</name>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>AdminTrainingsScreen</name>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>The library&apos;s calendar</source>
        <translation>The library&apos;s calendar</translation>
    </message>
    <message>
        <source>Calendar: https:// address or .ics file</source>
        <translation>Calendar: https:// address or .ics file</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved. The schedule uses this calendar from now on.</source>
        <translation>Saved. The schedule uses this calendar from now on.</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Reading the calendar…</translation>
    </message>
    <message>
        <source>Record a training that was held</source>
        <translation>Record a training that was held</translation>
    </message>
    <message>
        <source>Which training? The calendar&apos;s trainings of the last two weeks and today:</source>
        <translation>Which training? The calendar&apos;s trainings of the last two weeks and today:</translation>
    </message>
    <message>
        <source>The calendar has no trainings in the last two weeks.</source>
        <translation>The calendar has no trainings in the last two weeks.</translation>
    </message>
    <message>
        <source>A training not in the calendar (held today)</source>
        <translation>A training not in the calendar (held today)</translation>
    </message>
    <message>
        <source>How many people took part?</source>
        <translation>How many people took part?</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 participants.</source>
        <translation>Enter between %1 and %2 participants.</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Save the record</translation>
    </message>
    <message>
        <source>Recorded this month</source>
        <translation>Recorded this month</translation>
    </message>
    <message>
        <source>No trainings recorded yet this month.</source>
        <translation>No trainings recorded yet this month.</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n training</numerusform>
            <numerusform>%n trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerOption</name>
    <message>
        <source>Right answer</source>
        <translation>Right answer</translation>
    </message>
    <message>
        <source>Your choice: not right</source>
        <translation>Your choice: not right</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Government services online, right here in the library</source>
        <translation>Government services online, right here in the library</translation>
    </message>
    <message>
        <source>Find the service you need: Diia, pension, taxes, land, your hromada</source>
        <translation>Find the service you need: Diia, pension, taxes, land, your hromada</translation>
    </message>
    <message>
        <source>Open it safely on this screen, or take it home on your phone</source>
        <translation>Open it safely on this screen, or take it home on your phone</translation>
    </message>
    <message>
        <source>See when the library runs free trainings</source>
        <translation>See when the library runs free trainings</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Touch the screen to start</translation>
    </message>
    <message>
        <source>Free of charge. When you finish, everything you did here is erased.</source>
        <translation>Free of charge. When you finish, everything you did here is erased.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Hromada: %1</source>
        <translation>Hromada: %1</translation>
    </message>
</context>
<context>
    <name>BrowserBlockedCard</name>
    <message>
        <source>This page is on another website</source>
        <translation>This page is on another website</translation>
    </message>
    <message>
        <source>This cannot be opened here</source>
        <translation>This cannot be opened here</translation>
    </message>
    <message>
        <source>To keep you safe, this kiosk opens only the pages of “%1”. To continue on your phone, scan the code with its camera.</source>
        <translation>To keep you safe, this kiosk opens only the pages of “%1”. To continue on your phone, scan the code with its camera.</translation>
    </message>
    <message>
        <source>To keep you safe, this kiosk opens only the pages of “%1”.</source>
        <translation>To keep you safe, this kiosk opens only the pages of “%1”.</translation>
    </message>
    <message>
        <source>Back to the service</source>
        <translation>Back to the service</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <source>Leave this page? What you entered may be lost.</source>
        <translation>Leave this page? What you entered may be lost.</translation>
    </message>
    <message>
        <source>The website says:</source>
        <translation>The website says:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BrowserPreviewScreen</name>
    <message>
        <source>Service website</source>
        <translation>Service website</translation>
    </message>
    <message>
        <source>Portal of the hromada</source>
        <translation>Portal of the hromada</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Start page</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Finish and clear my data</translation>
    </message>
    <message>
        <source>This is a public computer. When you press “Finish” or walk away, everything you did here is erased.</source>
        <translation>This is a public computer. When you press “Finish” or walk away, everything you did here is erased.</translation>
    </message>
    <message>
        <source>Files from this computer cannot be sent. You can continue on your own phone or computer.</source>
        <translation>Files from this computer cannot be sent. You can continue on your own phone or computer.</translation>
    </message>
    <message>
        <source>Files cannot be saved on this computer. You can continue on your own phone or computer.</source>
        <translation>Files cannot be saved on this computer. You can continue on your own phone or computer.</translation>
    </message>
    <message>
        <source>This website kept showing messages, so the kiosk stopped them.</source>
        <translation>This website kept showing messages, so the kiosk stopped them.</translation>
    </message>
    <message>
        <source>This service cannot be opened on this kiosk right now. Please ask the librarian.</source>
        <translation>This service cannot be opened on this kiosk right now. Please ask the librarian.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message numerus="yes">
        <source>Saved to your documents. You have %n document(s) in this visit.</source>
        <extracomment>After a download or a page&apos;s &quot;Print&quot;: the document is in the visit&apos;s documents.</extracomment>
        <translation>
            <numerusform>Saved to your documents. You have %n document in this visit.</numerusform>
            <numerusform>Saved to your documents. You have %n documents in this visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a PDF document, so it was not saved. Only PDF documents can be kept here.</source>
        <translation>This file is not a PDF document, so it was not saved. Only PDF documents can be kept here.</translation>
    </message>
    <message>
        <source>This document is larger than %1 MB, so it cannot be saved here.</source>
        <extracomment>%1 is the largest document the kiosk keeps, in megabytes.</extracomment>
        <translation>This document is larger than %1 MB, so it cannot be saved here.</translation>
    </message>
    <message numerus="yes">
        <source>One visit can keep up to %n documents, and you have that many. Remove one in “Documents” to save another.</source>
        <translation>
            <numerusform>One visit can keep up to %n document, and you have that many. Remove one in “Documents” to save another.</numerusform>
            <numerusform>One visit can keep up to %n documents, and you have that many. Remove one in “Documents” to save another.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file comes from another website, so it cannot be saved here. You can continue on your own phone or computer.</source>
        <translation>This file comes from another website, so it cannot be saved here. You can continue on your own phone or computer.</translation>
    </message>
    <message>
        <source>Pages cannot be printed or saved on this computer. You can continue on your own phone or computer.</source>
        <translation>Pages cannot be printed or saved on this computer. You can continue on your own phone or computer.</translation>
    </message>
    <message>
        <source>The page could not be saved as a document. Please try again.</source>
        <translation>The page could not be saved as a document. Please try again.</translation>
    </message>
    <message>
        <source>The document could not be received. Please try again.</source>
        <translation>The document could not be received. Please try again.</translation>
    </message>
    <message>
        <source>Start page, text size</source>
        <translation>Start page, text size</translation>
    </message>
    <message>
        <source>Open my documents</source>
        <translation>Open my documents</translation>
    </message>
</context>
<context>
    <name>ChooseDocumentScreen</name>
    <message>
        <source>Send a document</source>
        <translation>Send a document</translation>
    </message>
</context>
<context>
    <name>CourseCheckScreen</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Check yourself</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Several answers may be right: tap each one you choose.</source>
        <translation>Several answers may be right: tap each one you choose.</translation>
    </message>
    <message>
        <source>Tap one answer.</source>
        <translation>Tap one answer.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Not quite.</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Check my answer</translation>
    </message>
    <message>
        <source>Finish the module</source>
        <translation>Finish the module</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Next question</translation>
    </message>
    <message>
        <source>This self-check is not available. A librarian will gladly help you.</source>
        <translation>This self-check is not available. A librarian will gladly help you.</translation>
    </message>
</context>
<context>
    <name>CourseLessonScreen</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Lesson %1 of %2</translation>
    </message>
    <message>
        <source>Service in Mist: %1</source>
        <translation>Service in Mist: %1</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Step-by-step guide: %1</translation>
    </message>
    <message>
        <source>Continue on your phone: point its camera at this code to open this lesson online.</source>
        <translation>Continue on your phone: point its camera at this code to open this lesson online.</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Previous lesson</translation>
    </message>
    <message numerus="yes">
        <source>Check yourself: %n question(s)</source>
        <translation>
            <numerusform>Check yourself: %n question</numerusform>
            <numerusform>Check yourself: %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>This lesson is not available. A librarian will gladly help you.</source>
        <translation>This lesson is not available. A librarian will gladly help you.</translation>
    </message>
</context>
<context>
    <name>CourseMaterialScreen</name>
    <message>
        <source>Course materials</source>
        <translation>Course materials</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>This document cannot be opened: the file may be damaged. Please tell a librarian.</source>
        <translation>This document cannot be opened: the file may be damaged. Please tell a librarian.</translation>
    </message>
    <message>
        <source>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</source>
        <translation>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Opening the document…</translation>
    </message>
</context>
<context>
    <name>CourseModuleEndScreen</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Well done! You finished this module.</source>
        <translation>Well done! You finished this module.</translation>
    </message>
    <message>
        <source>Self-check: %1 of %2 answered right the first time.</source>
        <translation>Self-check: %1 of %2 answered right the first time.</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>What you learned</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>What to try next</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Step-by-step guide: %1</translation>
    </message>
    <message>
        <source>Try the service: %1</source>
        <translation>Try the service: %1</translation>
    </message>
    <message>
        <source>Trainings at this library: learn with a trainer</source>
        <translation>Trainings at this library: learn with a trainer</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>All modules</translation>
    </message>
    <message>
        <source>Next module: %1</source>
        <translation>Next module: %1</translation>
    </message>
    <message>
        <source>This module is not available. A librarian will gladly help you.</source>
        <translation>This module is not available. A librarian will gladly help you.</translation>
    </message>
</context>
<context>
    <name>CourseModulesScreen</name>
    <message>
        <source>Course: Basics of E-Governance</source>
        <translation>Course: Basics of E-Governance</translation>
    </message>
    <message>
        <source>Who is this course for?</source>
        <translation>Who is this course for?</translation>
    </message>
    <message>
        <source>For trainers: show a module to a group</source>
        <translation>For trainers: show a module to a group</translation>
    </message>
    <message>
        <source>Your progress is forgotten when you press “Finish” or walk away: nothing about you is kept.</source>
        <translation>Your progress is forgotten when you press “Finish” or walk away: nothing about you is kept.</translation>
    </message>
    <message>
        <source>Finished. You can go through it again.</source>
        <translation>Finished. You can go through it again.</translation>
    </message>
    <message>
        <source>Lessons read: %1 of %2</source>
        <translation>Lessons read: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) at the end</source>
        <translation>
            <numerusform>%n question at the end</numerusform>
            <numerusform>%n questions at the end</numerusform>
        </translation>
    </message>
    <message>
        <source>The course is not available on this kiosk. A librarian will gladly help you.</source>
        <translation>The course is not available on this kiosk. A librarian will gladly help you.</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <source>Document without a name</source>
        <translation>Document without a name</translation>
    </message>
    <message>
        <source>a page of a portal, kept for printing</source>
        <extracomment>Where a document in the tray came from: a portal page the citizen printed.</extracomment>
        <translation>a page of a portal, kept for printing</translation>
    </message>
    <message>
        <source>received from a portal</source>
        <extracomment>Where a document in the tray came from: a file a portal gave.</extracomment>
        <translation>received from a portal</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this document from the kiosk? You cannot get it back here.</source>
        <translation>Remove this document from the kiosk? You cannot get it back here.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Yes, remove it</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, keep it</translation>
    </message>
    <message>
        <source>Scan with your phone to get this document from the portal.</source>
        <translation>Scan with your phone to get this document from the portal.</translation>
    </message>
    <message>
        <source>To keep it, print it here, or find it again later in your account on the portal. The kiosk does not keep it after you press Finish.</source>
        <translation>To keep it, print it here, or find it again later in your account on the portal. The kiosk does not keep it after you press Finish.</translation>
    </message>
    <message>
        <source>scanned here</source>
        <extracomment>Where a document in the tray came from: paper scanned at the kiosk.</extracomment>
        <translation>scanned here</translation>
    </message>
</context>
<context>
    <name>DocumentViewerScreen</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Smaller</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>This document cannot be shown here: it may be damaged. You can ask the portal for it again, or ask a librarian.</source>
        <translation>This document cannot be shown here: it may be damaged. You can ask the portal for it again, or ask a librarian.</translation>
    </message>
    <message>
        <source>This document is no longer here.</source>
        <translation>This document is no longer here.</translation>
    </message>
    <message>
        <source>A picture of the document&apos;s page as it will print. The buttons under it turn the pages and print it.</source>
        <translation>A picture of the document&apos;s page as it will print. The buttons under it turn the pages and print it.</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>Documents: %1</source>
        <extracomment>The kiosk bar&apos;s button to the visit&apos;s documents; %1 is how many there are.</extracomment>
        <translation>Documents: %1</translation>
    </message>
    <message>
        <source>The documents you received in this visit, to view or print</source>
        <translation>The documents you received in this visit, to view or print</translation>
    </message>
</context>
<context>
    <name>DocumentsTrayScreen</name>
    <message>
        <source>Your documents</source>
        <translation>Your documents</translation>
    </message>
    <message>
        <source>‹ Back to the portal</source>
        <translation>‹ Back to the portal</translation>
    </message>
    <message>
        <source>What portals gave you during this visit. You can read each one and print it at the library&apos;s printer. Everything here is erased when you press Finish.</source>
        <translation>What portals gave you during this visit. You can read each one and print it at the library&apos;s printer. Everything here is erased when you press Finish.</translation>
    </message>
    <message>
        <source>You have no documents yet.</source>
        <translation>You have no documents yet.</translation>
    </message>
    <message>
        <source>When a portal gives you a document, such as a certificate, an extract or a receipt, it appears here. You can read it and print it at the library&apos;s printer.</source>
        <translation>When a portal gives you a document, such as a certificate, an extract or a receipt, it appears here. You can read it and print it at the library&apos;s printer.</translation>
    </message>
    <message>
        <source>This kiosk has no printer. A librarian can tell you where to print.</source>
        <translation>This kiosk has no printer. A librarian can tell you where to print.</translation>
    </message>
    <message>
        <source>Scan a paper document</source>
        <translation>Scan a paper document</translation>
    </message>
    <message>
        <source>Your scan is larger than %1 MB, so some websites may not take it. Scan fewer pages, or scan them as text.</source>
        <translation>Your scan is larger than %1 MB, so some websites may not take it. Scan fewer pages, or scan them as text.</translation>
    </message>
    <message>
        <source>Your scan was made a little less sharp so that websites take it (at most %1 MB).</source>
        <translation>Your scan was made a little less sharp so that websites take it (at most %1 MB).</translation>
    </message>
</context>
<context>
    <name>ErasedBanner</name>
    <message>
        <source>Your data was erased</source>
        <translation>Your data was erased</translation>
    </message>
    <message>
        <source>Pages you opened, logins, cookies and anything you typed are gone from this computer.</source>
        <translation>Pages you opened, logins, cookies and anything you typed are gone from this computer.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>Back a step</translation>
    </message>
    <message>
        <source>Done: to the main menu</source>
        <translation>Done: to the main menu</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>This guide is not available. A librarian will gladly help you.</source>
        <translation>This guide is not available. A librarian will gladly help you.</translation>
    </message>
    <message>
        <source>Step-by-step guide</source>
        <translation>Step-by-step guide</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>How to use this kiosk</translation>
    </message>
    <message>
        <source>Touch a large button to choose. To go back one step, press “Back” at the top of the screen.</source>
        <translation>Touch a large button to choose. To go back one step, press “Back” at the top of the screen.</translation>
    </message>
    <message>
        <source>“Home” takes you to the main menu from anywhere.</source>
        <translation>“Home” takes you to the main menu from anywhere.</translation>
    </message>
    <message>
        <source>“Finish” ends your visit and erases everything you did here: pages, logins and documents.</source>
        <translation>“Finish” ends your visit and erases everything you did here: pages, logins and documents.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you are still here. Press “I need more time” to carry on.</source>
        <translation>If nobody touches the screen for a while, the kiosk asks whether you are still here. Press “I need more time” to carry on.</translation>
    </message>
    <message>
        <source>“English” or “Українська” at the top switches the language.</source>
        <translation>“English” or “Українська” at the top switches the language.</translation>
    </message>
    <message>
        <source>Need a hand?</source>
        <translation>Need a hand?</translation>
    </message>
    <message>
        <source>Text too small? Press “Text size” at the top. Each press changes the size: 100&#xa0;%, 125&#xa0;%, 150&#xa0;%.</source>
        <translation>Text too small? Press “Text size” at the top. Each press changes the size: 100&#xa0;%, 125&#xa0;%, 150&#xa0;%.</translation>
    </message>
    <message>
        <source>Ask a librarian at the desk. Help is free.</source>
        <translation>Ask a librarian at the desk. Help is free.</translation>
    </message>
    <message>
        <source>Hard to read? “Contrast” at the top shows white and yellow text on black.</source>
        <translation>Hard to read? “Contrast” at the top shows white and yellow text on black.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Main menu</source>
        <translation>Main menu</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Services of my hromada</source>
        <translation>Services of my hromada</translation>
    </message>
    <message>
        <source>City council, CNAP and local services</source>
        <translation>City council, CNAP and local services</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>National e-services</translation>
    </message>
    <message>
        <source>Diia, pension, taxes, land and more</source>
        <translation>Diia, pension, taxes, land and more</translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Trainings at this library</translation>
    </message>
    <message>
        <source>Free classes: when and where</source>
        <translation>Free classes: when and where</translation>
    </message>
    <message>
        <source>Learn e-governance</source>
        <translation>Learn e-governance</translation>
    </message>
    <message>
        <source>Step-by-step guides and the course</source>
        <translation>Step-by-step guides and the course</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>How to use this kiosk</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you did will be erased.</source>
        <translation>
            <numerusform>To protect your data, this session will end in %n second and everything you did will be erased.</numerusform>
            <numerusform>To protect your data, this session will end in %n seconds and everything you did will be erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>I need more time</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Finish now</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Text size %1&#xa0;%</source>
        <translation>Text size %1&#xa0;%</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>High contrast is on</source>
        <translation>High contrast is on</translation>
    </message>
    <message>
        <source>High contrast is off</source>
        <translation>High contrast is off</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Less motion</translation>
    </message>
    <message>
        <source>Less motion is on</source>
        <translation>Less motion is on</translation>
    </message>
    <message>
        <source>Less motion is off</source>
        <translation>Less motion is off</translation>
    </message>
    <message>
        <source>Contrast, text size and motion</source>
        <translation>Contrast, text size and motion</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn e-governance</source>
        <translation>Learn e-governance</translation>
    </message>
    <message>
        <source>Step-by-step guides</source>
        <translation>Step-by-step guides</translation>
    </message>
    <message>
        <source>Short guides with pictures. One step at a time, at your own pace.</source>
        <translation>Short guides with pictures. One step at a time, at your own pace.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Course materials</translation>
    </message>
    <message>
        <source>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</source>
        <translation>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</translation>
    </message>
    <message>
        <source>Document (PDF)</source>
        <translation>Document (PDF)</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>The course</translation>
    </message>
    <message>
        <source>Basics of E-Governance</source>
        <translation>Basics of E-Governance</translation>
    </message>
    <message>
        <source>Short lessons with pictures and a few questions at the end of each module: your digital signature, Diia, pensions and taxes, your hromada, staying safe online. There is also a track for council members and hromada staff.</source>
        <translation>Short lessons with pictures and a few questions at the end of each module: your digital signature, Diia, pensions and taxes, your hromada, staying safe online. There is also a track for council members and hromada staff.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n module</numerusform>
            <numerusform>%n modules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonBlocks</name>
    <message>
        <source>Tip</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Be careful</source>
        <translation>Be careful</translation>
    </message>
    <message>
        <source>Where to check</source>
        <translation>Where to check</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mist: e-services kiosk</source>
        <translation>Mist: e-services kiosk</translation>
    </message>
</context>
<context>
    <name>Mist::DirectoryAdmin</name>
    <message numerus="yes">
        <source>Accepted: %n portal(s) in the new directory.</source>
        <translation>
            <numerusform>Accepted: %n portal in the new directory.</numerusform>
            <numerusform>Accepted: %n portals in the new directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: the kiosk already has the latest directory.</source>
        <translation>Nothing new: the kiosk already has the latest directory.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match.</source>
        <translation>Refused: the signature does not match.</translation>
    </message>
    <message>
        <source>Refused: this directory is older than the one the kiosk has.</source>
        <translation>Refused: this directory is older than the one the kiosk has.</translation>
    </message>
    <message>
        <source>Refused: this directory has expired.</source>
        <translation>Refused: this directory has expired.</translation>
    </message>
    <message>
        <source>Refused: the file is not a valid portal directory.</source>
        <translation>Refused: the file is not a valid portal directory.</translation>
    </message>
    <message>
        <source>No directory feed is set up on this kiosk.</source>
        <translation>No directory feed is set up on this kiosk.</translation>
    </message>
    <message>
        <source>The directory&apos;s server answered with an error.</source>
        <translation>The directory&apos;s server answered with an error.</translation>
    </message>
    <message>
        <source>The new directory could not be saved on this kiosk.</source>
        <translation>The new directory could not be saved on this kiosk.</translation>
    </message>
    <message>
        <source>The directory&apos;s server could not be reached.</source>
        <translation>The directory&apos;s server could not be reached.</translation>
    </message>
    <message>
        <source>Citizens see the new directory now.</source>
        <translation>Citizens see the new directory now.</translation>
    </message>
    <message>
        <source>Citizens see the same portals as before.</source>
        <translation>Citizens see the same portals as before.</translation>
    </message>
    <message>
        <source>The kiosk keeps the last good directory: citizens see the portals they saw before. Tell your regional administrator.</source>
        <translation>The kiosk keeps the last good directory: citizens see the portals they saw before. Tell your regional administrator.</translation>
    </message>
    <message>
        <source>Citizens see the directory the kiosk has. Your regional administrator sets up the feed and its key.</source>
        <translation>Citizens see the directory the kiosk has. Your regional administrator sets up the feed and its key.</translation>
    </message>
    <message>
        <source>The kiosk keeps the last good directory and tries again later. Check the internet connection if this repeats.</source>
        <translation>The kiosk keeps the last good directory and tries again later. Check the internet connection if this repeats.</translation>
    </message>
    <message>
        <source>Not updated yet.</source>
        <translation>Not updated yet.</translation>
    </message>
    <message>
        <source>a new directory accepted</source>
        <translation>a new directory accepted</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The portals have not been checked yet.</source>
        <translation>The portals have not been checked yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n portal(s) did not answer at %1.</source>
        <translation>
            <numerusform>%n portal did not answer at %1.</numerusform>
            <numerusform>%n portals did not answer at %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check at %1 could not reach the internet.</source>
        <translation>The check at %1 could not reach the internet.</translation>
    </message>
    <message numerus="yes">
        <source>All %n portal(s) answered at %1.</source>
        <translation>
            <numerusform>All %n portal answered at %1.</numerusform>
            <numerusform>All %n portals answered at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mist::KioskStatus</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Not updated yet (the sample calendar is shown).</source>
        <translation>Not updated yet (the sample calendar is shown).</translation>
    </message>
    <message>
        <source>Not updated yet.</source>
        <translation>Not updated yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>failed: the last good calendar is shown</source>
        <translation>failed: the last good calendar is shown</translation>
    </message>
</context>
<context>
    <name>Mist::PortalEditor</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <source>Only secure addresses are accepted: it must start with https:// (http:// is refused).</source>
        <translation>Only secure addresses are accepted: it must start with https:// (http:// is refused).</translation>
    </message>
    <message>
        <source>This is not a web address. Enter it whole, for example https://cnap.example.ua</source>
        <translation>This is not a web address. Enter it whole, for example https://cnap.example.ua</translation>
    </message>
    <message>
        <source>This is a shared domain (like gov.ua), not one website. Enter the portal&apos;s own address.</source>
        <translation>This is a shared domain (like gov.ua), not one website. Enter the portal&apos;s own address.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>The kiosk cannot accept this value.</source>
        <translation>The kiosk cannot accept this value.</translation>
    </message>
    <message>
        <source>A portal with this name already exists.</source>
        <translation>A portal with this name already exists.</translation>
    </message>
    <message>
        <source>This portal cannot be edited here any more.</source>
        <translation>This portal cannot be edited here any more.</translation>
    </message>
    <message>
        <source>The portal could not be saved. Nothing was changed.</source>
        <translation>The portal could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>The address could not be checked now.</source>
        <translation>The address could not be checked now.</translation>
    </message>
    <message>
        <source>The site answered, but its security certificate is not valid: browsers, the kiosk&apos;s included, will warn or refuse to open it.</source>
        <translation>The site answered, but its security certificate is not valid: browsers, the kiosk&apos;s included, will warn or refuse to open it.</translation>
    </message>
    <message>
        <source>No website was found at this address. Check it for typing mistakes.</source>
        <translation>No website was found at this address. Check it for typing mistakes.</translation>
    </message>
    <message>
        <source>The site answered with an error (%1): the page may have moved.</source>
        <translation>The site answered with an error (%1): the page may have moved.</translation>
    </message>
    <message>
        <source>The site did not answer.</source>
        <translation>The site did not answer.</translation>
    </message>
</context>
<context>
    <name>Mist::SettingsForm</name>
    <message>
        <source>This is not a setting of the kiosk.</source>
        <translation>This is not a setting of the kiosk.</translation>
    </message>
    <message>
        <source>Set by your regional administrator.</source>
        <translation>Set by your regional administrator.</translation>
    </message>
    <message>
        <source>Enter a whole number of seconds.</source>
        <translation>Enter a whole number of seconds.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 seconds.</source>
        <translation>Enter between %1 and %2 seconds.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Choose one of the offered values.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>This cannot be empty.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation>The address must start with https://</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>The settings could not be saved. Nothing was changed.</translation>
    </message>
    <message>
        <source>Enter an https:// address or the full path of an .ics file.</source>
        <translation>Enter an https:// address or the full path of an .ics file.</translation>
    </message>
    <message>
        <source>There is no file here that the kiosk can read.</source>
        <translation>There is no file here that the kiosk can read.</translation>
    </message>
</context>
<context>
    <name>Mist::TrainingsAdmin</name>
    <message numerus="yes">
        <source>This is a calendar, but it has no trainings in the next %n day(s).</source>
        <translation>
            <numerusform>This is a calendar, but it has no trainings in the next %n day.</numerusform>
            <numerusform>This is a calendar, but it has no trainings in the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>This calendar works. The next trainings it would show:</source>
        <translation>This calendar works. The next trainings it would show:</translation>
    </message>
    <message>
        <source>Enter the calendar&apos;s address or file first.</source>
        <translation>Enter the calendar&apos;s address or file first.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is not there, or the kiosk may not open it.</source>
        <translation>The file cannot be read: it is not there, or the kiosk may not open it.</translation>
    </message>
    <message>
        <source>Not found: there is no calendar at this address.</source>
        <translation>Not found: there is no calendar at this address.</translation>
    </message>
    <message>
        <source>The calendar&apos;s server refused: the calendar is private. Use its public or secret address.</source>
        <translation>The calendar&apos;s server refused: the calendar is private. Use its public or secret address.</translation>
    </message>
    <message>
        <source>The calendar&apos;s server answered with an error (%1). Try again later.</source>
        <translation>The calendar&apos;s server answered with an error (%1). Try again later.</translation>
    </message>
    <message>
        <source>This is not a calendar: the address or file gives something else.</source>
        <translation>This is not a calendar: the address or file gives something else.</translation>
    </message>
    <message>
        <source>The calendar is too large for the kiosk.</source>
        <translation>The calendar is too large for the kiosk.</translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation>The address must start with https://</translation>
    </message>
    <message>
        <source>The calendar&apos;s server could not prove who it is (certificate problem).</source>
        <translation>The calendar&apos;s server could not prove who it is (certificate problem).</translation>
    </message>
    <message>
        <source>Network error: the calendar&apos;s server could not be reached. Check the address and the internet connection.</source>
        <translation>Network error: the calendar&apos;s server could not be reached. Check the address and the internet connection.</translation>
    </message>
    <message>
        <source>The calendar could not be tested. Try again later.</source>
        <translation>The calendar could not be tested. Try again later.</translation>
    </message>
    <message>
        <source>Choose the training first.</source>
        <translation>Choose the training first.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 participants.</source>
        <translation>Enter between %1 and %2 participants.</translation>
    </message>
    <message>
        <source>The record could not be saved. Try again.</source>
        <translation>The record could not be saved. Try again.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: a training with %n participant(s).</source>
        <translation>
            <numerusform>Saved: a training with %n participant.</numerusform>
            <numerusform>Saved: a training with %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>A training not in the calendar</source>
        <translation>A training not in the calendar</translation>
    </message>
    <message>
        <source>A training (no longer in the calendar)</source>
        <translation>A training (no longer in the calendar)</translation>
    </message>
</context>
<context>
    <name>PrintChoiceScreen</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Print a document</translation>
    </message>
    <message>
        <source>This kiosk has no printer. A librarian can tell you where to print.</source>
        <translation>This kiosk has no printer. A librarian can tell you where to print.</translation>
    </message>
    <message>
        <source>This document is no longer here.</source>
        <translation>This document is no longer here.</translation>
    </message>
    <message>
        <source>How many copies?</source>
        <translation>How many copies?</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Which pages?</source>
        <translation>Which pages?</translation>
    </message>
    <message numerus="yes">
        <source>All pages (%n)</source>
        <translation>
            <numerusform>All pages (%n)</numerusform>
            <numerusform>All pages (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pages</source>
        <translation>Some pages</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>From page</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>To page</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print</source>
        <extracomment>How many sheets the chosen copies and pages make.</extracomment>
        <translation>
            <numerusform>%n page to print</numerusform>
            <numerusform>%n pages to print</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this visit.</source>
        <translation>
            <numerusform>You can print %n more page in this visit.</numerusform>
            <numerusform>You can print %n more pages in this visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than this visit allows. Choose fewer copies or fewer pages.</source>
        <translation>That is more than this visit allows. Choose fewer copies or fewer pages.</translation>
    </message>
    <message>
        <source>Your pages wait at the librarian&apos;s desk: you will get a code to collect them.</source>
        <translation>Your pages wait at the librarian&apos;s desk: you will get a code to collect them.</translation>
    </message>
    <message>
        <source>Another document is printing. Please wait until it has finished.</source>
        <translation>Another document is printing. Please wait until it has finished.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n page(s)</source>
        <translation>
            <numerusform>Print %n page</numerusform>
            <numerusform>Print %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintHandoutButton</name>
    <message>
        <source>Print this page</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>A printed copy to take with you</source>
        <translation>A printed copy to take with you</translation>
    </message>
    <message>
        <source>Printed at %1, %2</source>
        <translation>Printed at %1, %2</translation>
    </message>
    <message>
        <source>The rest of the text is on the kiosk&apos;s screen.</source>
        <translation>The rest of the text is on the kiosk&apos;s screen.</translation>
    </message>
</context>
<context>
    <name>PrintResultScreen</name>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>The printer is out of paper: please ask the librarian.</source>
        <translation>The printer is out of paper: please ask the librarian.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer: please ask the librarian.</source>
        <translation>Paper is stuck in the printer: please ask the librarian.</translation>
    </message>
    <message>
        <source>The printer has run out of ink: please ask the librarian.</source>
        <translation>The printer has run out of ink: please ask the librarian.</translation>
    </message>
    <message>
        <source>A cover of the printer is open: please ask the librarian.</source>
        <translation>A cover of the printer is open: please ask the librarian.</translation>
    </message>
    <message>
        <source>The printer is not answering (it may be switched off): please ask the librarian.</source>
        <translation>The printer is not answering (it may be switched off): please ask the librarian.</translation>
    </message>
    <message>
        <source>This kiosk has no printer set up: please ask the librarian.</source>
        <translation>This kiosk has no printer set up: please ask the librarian.</translation>
    </message>
    <message>
        <source>The printer did not accept this document: please ask the librarian.</source>
        <translation>The printer did not accept this document: please ask the librarian.</translation>
    </message>
    <message>
        <source>The printing was stopped at the printer: please ask the librarian.</source>
        <translation>The printing was stopped at the printer: please ask the librarian.</translation>
    </message>
    <message>
        <source>That is more pages than this visit allows. Choose fewer copies or fewer pages.</source>
        <translation>That is more pages than this visit allows. Choose fewer copies or fewer pages.</translation>
    </message>
    <message>
        <source>The printer has a problem: please ask the librarian.</source>
        <translation>The printer has a problem: please ask the librarian.</translation>
    </message>
    <message>
        <source>Your pages wait at the librarian&apos;s desk</source>
        <translation>Your pages wait at the librarian&apos;s desk</translation>
    </message>
    <message>
        <source>Your document was not printed</source>
        <translation>Your document was not printed</translation>
    </message>
    <message>
        <source>Printed: pick up your pages at the printer</source>
        <translation>Printed: pick up your pages at the printer</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Your pickup code</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation>Pickup code %1</translation>
    </message>
    <message>
        <source>Go to the librarian now, before you finish, and tell them this code: they print your pages and give them to you. Pages not printed by the end of your visit are deleted.</source>
        <translation>Go to the librarian now, before you finish, and tell them this code: they print your pages and give them to you. Pages not printed by the end of your visit are deleted.</translation>
    </message>
    <message>
        <source>Your document is still in your documents: you can print it again later.</source>
        <translation>Your document is still in your documents: you can print it again later.</translation>
    </message>
    <message>
        <source>Take all your pages with you: the next visitor uses the same printer.</source>
        <translation>Take all your pages with you: the next visitor uses the same printer.</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>Back to my documents</translation>
    </message>
</context>
<context>
    <name>PrintStatusScreen</name>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Sending your document to the printer…</source>
        <translation>Sending your document to the printer…</translation>
    </message>
    <message>
        <source>Your document is waiting for its turn…</source>
        <translation>Your document is waiting for its turn…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Sent to the printer</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>Waiting for its turn</translation>
    </message>
    <message>
        <source>Please wait here. This screen tells you when your pages are ready.</source>
        <translation>Please wait here. This screen tells you when your pages are ready.</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <source>This is a public computer</source>
        <translation>This is a public computer</translation>
    </message>
    <message>
        <source>When you press “Finish”, everything you did here is erased: pages, logins and documents.</source>
        <translation>When you press “Finish”, everything you did here is erased: pages, logins and documents.</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR code of the address %1</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it to open the address on your phone.</source>
        <translation>Point your phone&apos;s camera at it to open the address on your phone.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Press to stop reading</source>
        <translation>Press to stop reading</translation>
    </message>
    <message>
        <source>Reads this screen aloud</source>
        <translation>Reads this screen aloud</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>The kiosk bar&apos;s button that reads the current screen aloud.</extracomment>
        <translation>Read aloud</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <extracomment>The kiosk bar&apos;s Read aloud button while it reads: pressing it stops the reading.</extracomment>
        <translation>Stop reading</translation>
    </message>
</context>
<context>
    <name>RestingScreen</name>
    <message>
        <source>Resting</source>
        <translation>Resting</translation>
    </message>
    <message>
        <source>This terminal is resting.</source>
        <translation>This terminal is resting.</translation>
    </message>
    <message>
        <source>Please ask the librarian.</source>
        <translation>Please ask the librarian.</translation>
    </message>
    <message>
        <source>It will start again by itself in a few minutes.</source>
        <translation>It will start again by itself in a few minutes.</translation>
    </message>
</context>
<context>
    <name>RestingWindow</name>
    <message>
        <source>Mist: e-services kiosk</source>
        <translation>Mist: e-services kiosk</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Scanned document</source>
        <translation>Scanned document</translation>
    </message>
    <message>
        <source>The scanner is not connected</source>
        <translation>The scanner is not connected</translation>
    </message>
    <message>
        <source>The scanner is busy</source>
        <translation>The scanner is busy</translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner</source>
        <translation>The paper is stuck in the scanner</translation>
    </message>
    <message>
        <source>There is no page in the scanner</source>
        <translation>There is no page in the scanner</translation>
    </message>
    <message>
        <source>The scanner&apos;s lid is open</source>
        <translation>The scanner&apos;s lid is open</translation>
    </message>
    <message>
        <source>Your documents are full</source>
        <translation>Your documents are full</translation>
    </message>
    <message>
        <source>This scan is too large to keep</source>
        <translation>This scan is too large to keep</translation>
    </message>
    <message>
        <source>The scanner did not scan</source>
        <translation>The scanner did not scan</translation>
    </message>
    <message>
        <source>It may be switched off or unplugged. Please ask the librarian.</source>
        <translation>It may be switched off or unplugged. Please ask the librarian.</translation>
    </message>
    <message>
        <source>It is still finishing something. Wait a moment and try again.</source>
        <translation>It is still finishing something. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>Please ask the librarian to take the paper out. Your pages so far are kept.</source>
        <translation>Please ask the librarian to take the paper out. Your pages so far are kept.</translation>
    </message>
    <message>
        <source>Put the page in the scanner and try again.</source>
        <translation>Put the page in the scanner and try again.</translation>
    </message>
    <message>
        <source>Close the lid gently and try again.</source>
        <translation>Close the lid gently and try again.</translation>
    </message>
    <message>
        <source>One visit can keep up to 10 documents. Remove one in “Documents” to keep this scan.</source>
        <translation>One visit can keep up to 10 documents. Remove one in “Documents” to keep this scan.</translation>
    </message>
    <message>
        <source>Remove a page, or scan it again as text.</source>
        <translation>Remove a page, or scan it again as text.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, please ask the librarian.</source>
        <translation>Try again. If it happens again, please ask the librarian.</translation>
    </message>
    <message>
        <source>Put the next page face down, press Scan</source>
        <translation>Put the next page face down, press Scan</translation>
    </message>
    <message>
        <source>Put the page face down, press Scan</source>
        <translation>Put the page face down, press Scan</translation>
    </message>
    <message>
        <source>Lift the scanner&apos;s lid, lay the page face down in the corner marked with the arrow, and close the lid.</source>
        <translation>Lift the scanner&apos;s lid, lay the page face down in the corner marked with the arrow, and close the lid.</translation>
    </message>
    <message>
        <source>Text: letters, forms, passport pages</source>
        <extracomment>Scan preset: a letter, a form, a passport page (200 dpi grey).</extracomment>
        <translation>Text: letters, forms, passport pages</translation>
    </message>
    <message>
        <source>Photo: colour pictures</source>
        <extracomment>Scan preset: a colour picture or photo (300 dpi colour).</extracomment>
        <translation>Photo: colour pictures</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanning… keep the lid closed</source>
        <translation>Scanning… keep the lid closed</translation>
    </message>
    <message>
        <source>%1 % scanned</source>
        <translation>%1 % scanned</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Stop scanning</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Scanned page %1</source>
        <translation>Scanned page %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: keep %n page(s)</source>
        <translation>
            <numerusform>Done: keep %n page</numerusform>
            <numerusform>Done: keep %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another page</source>
        <translation>Add another page</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turn</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Remove page</translation>
    </message>
    <message>
        <source>Cancel and delete these pages</source>
        <translation>Cancel and delete these pages</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation>Back to my pages</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>A picture of the page as the scanner saw it. Check that all of it is there and it can be read; if not, scan it again.</source>
        <translation>A picture of the page as the scanner saw it. Check that all of it is there and it can be read; if not, scan it again.</translation>
    </message>
    <message numerus="yes">
        <source>Making one document of your %n page(s)…</source>
        <translation>
            <numerusform>Making one document of your %n page…</numerusform>
            <numerusform>Making one document of your %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>This takes a few seconds. Please wait; the document will then be in “Documents”.</source>
        <translation>This takes a few seconds. Please wait; the document will then be in “Documents”.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scan a document</source>
        <translation>Scan a document</translation>
    </message>
</context>
<context>
    <name>ScreenText</name>
    <message>
        <source>Button: %1</source>
        <extracomment>Read aloud after a screen&apos;s text when it has one button: that button&apos;s name.</extracomment>
        <translation>Button: %1</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <extracomment>Read aloud after a screen&apos;s text: the names of the buttons on it, separated by commas.</extracomment>
        <translation>Buttons: %1</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>pension</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>passport</translation>
    </message>
    <message>
        <source>land</source>
        <translation>land</translation>
    </message>
    <message>
        <source>taxes</source>
        <translation>taxes</translation>
    </message>
    <message>
        <source>court</source>
        <translation>court</translation>
    </message>
    <message>
        <source>For example: pension</source>
        <translation>For example: pension</translation>
    </message>
    <message>
        <source>Search for a service</source>
        <translation>Search for a service</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Apostrophe</translation>
    </message>
    <message>
        <source>Ukrainian letters</source>
        <translation>Ukrainian letters</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>English letters</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <source>Try fewer letters, another word, or one of these:</source>
        <translation>Try fewer letters, another word, or one of these:</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation>Type a word, or touch one of these:</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Touch a service to see what it does and how to use it.</source>
        <translation>Touch a service to see what it does and how to use it.</translation>
    </message>
    <message>
        <source>There are no services on this topic yet. A librarian at the desk will gladly help you.</source>
        <translation>There are no services on this topic yet. A librarian at the desk will gladly help you.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>This service is no longer in the list</source>
        <translation>This service is no longer in the list</translation>
    </message>
    <message>
        <source>A librarian at the desk will gladly help you find another way.</source>
        <translation>A librarian at the desk will gladly help you find another way.</translation>
    </message>
    <message>
        <source>Back to the main menu</source>
        <translation>Back to the main menu</translation>
    </message>
    <message>
        <source>This website is not answering right now</source>
        <translation>This website is not answering right now</translation>
    </message>
    <message>
        <source>You can try again later, or go in person: %1.</source>
        <translation>You can try again later, or go in person: %1.</translation>
    </message>
    <message>
        <source>You can try again later, or ask a librarian at the desk.</source>
        <translation>You can try again later, or ask a librarian at the desk.</translation>
    </message>
    <message>
        <source>Who provides it</source>
        <translation>Who provides it</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>What you need</translation>
    </message>
    <message>
        <source>Nothing: you can use it without logging in.</source>
        <translation>Nothing: you can use it without logging in.</translation>
    </message>
    <message>
        <source>To log in, one of these: %1.</source>
        <translation>To log in, one of these: %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>How long it takes</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Step-by-step guide: %1</translation>
    </message>
    <message>
        <source>Prefer to go in person? Ask at the administrative services centre (CNAP)</source>
        <translation>Prefer to go in person? Ask at the administrative services centre (CNAP)</translation>
    </message>
    <message>
        <source>Prefer to go in person?</source>
        <translation>Prefer to go in person?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Open here</translation>
    </message>
    <message>
        <source>Scan to continue on your phone</source>
        <translation>Scan to continue on your phone</translation>
    </message>
    <message>
        <source>Or ask at the library desk (open %1).</source>
        <translation>Or ask at the library desk (open %1).</translation>
    </message>
    <message>
        <source>Or ask at the library desk.</source>
        <translation>Or ask at the library desk.</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1, not answering right now</source>
        <translation>%1, not answering right now</translation>
    </message>
    <message>
        <source>Not answering right now</source>
        <translation>Not answering right now</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Services of my hromada</source>
        <translation>Services of my hromada</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>National e-services</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Choose a topic</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>No services are listed here yet. A librarian at the desk will gladly help you.</source>
        <translation>No services are listed here yet. A librarian at the desk will gladly help you.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAgainCard</name>
    <message>
        <source>Something went wrong, let’s start again</source>
        <translation>Something went wrong, let’s start again</translation>
    </message>
    <message>
        <source>The website stopped working. What you did on it has been erased. You can open the service again from the start.</source>
        <translation>The website stopped working. What you did on it has been erased. You can open the service again from the start.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>Less: %1</source>
        <translation>Less: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>More: %1</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Trainer&apos;s mode</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>End the presentation</translation>
    </message>
    <message>
        <source>Question for the room</source>
        <translation>Question for the room</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Show the answer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>TrainerStartScreen</name>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Trainer&apos;s mode</translation>
    </message>
    <message>
        <source>Which module will you show?</source>
        <translation>Which module will you show?</translation>
    </message>
    <message>
        <source>Record this training?</source>
        <translation>Record this training?</translation>
    </message>
    <message>
        <source>The monthly report counts trainings held and people trained. Only the date, the module and the number of participants are recorded: no names.</source>
        <translation>The monthly report counts trainings held and people trained. Only the date, the module and the number of participants are recorded: no names.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>One participant fewer</source>
        <translation>One participant fewer</translation>
    </message>
    <message>
        <source>One participant more</source>
        <translation>One participant more</translation>
    </message>
    <message>
        <source>Record and start</source>
        <translation>Record and start</translation>
    </message>
    <message>
        <source>Start without recording</source>
        <translation>Start without recording</translation>
    </message>
    <message>
        <source>Back to librarian mode</source>
        <translation>Back to librarian mode</translation>
    </message>
</context>
<context>
    <name>TrainingCard</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>TrainingDetailScreen</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>This is an example from the sample schedule, not a real training.</source>
        <translation>This is an example from the sample schedule, not a real training.</translation>
    </message>
    <message>
        <source>QR code that adds this training to your phone calendar</source>
        <translation>QR code that adds this training to your phone calendar</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the code to add this training to your calendar.</source>
        <translation>Point your phone’s camera at the code to add this training to your calendar.</translation>
    </message>
    <message>
        <source>This training is not on the schedule any more. A librarian can tell you about the next one.</source>
        <translation>This training is not on the schedule any more. A librarian can tell you about the next one.</translation>
    </message>
</context>
<context>
    <name>TrainingFacts</name>
    <message>
        <source>All day, until %1</source>
        <translation>All day, until %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>No free seats: ask a librarian about the next training</source>
        <translation>No free seats: ask a librarian about the next training</translation>
    </message>
    <message numerus="yes">
        <source>%n free seat(s)</source>
        <translation>
            <numerusform>%n free seat</numerusform>
            <numerusform>%n free seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Trainer: %1</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>Updated just now</source>
        <translation>Updated just now</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>Updated %n minute ago</numerusform>
            <numerusform>Updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>Updated %n hour ago</numerusform>
            <numerusform>Updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Updated %n day ago</numerusform>
            <numerusform>Updated %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Trainings at this library</translation>
    </message>
    <message numerus="yes">
        <source>Free trainings in the next %n day(s)</source>
        <translation>
            <numerusform>Free trainings in the next %n day</numerusform>
            <numerusform>Free trainings in the next %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an example of a schedule, not real trainings: the library has not connected its calendar yet. Ask a librarian when the next training is.</source>
        <translation>This is an example of a schedule, not real trainings: the library has not connected its calendar yet. Ask a librarian when the next training is.</translation>
    </message>
    <message numerus="yes">
        <source>No trainings are planned for the next %n day(s).</source>
        <translation>
            <numerusform>No trainings are planned for the next %n day.</numerusform>
            <numerusform>No trainings are planned for the next %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask a librarian at the desk: they can tell you about the next training or help you on the spot.</source>
        <translation>Ask a librarian at the desk: they can tell you about the next training or help you on the spot.</translation>
    </message>
</context>
<context>
    <name>UploadChooserPanel</name>
    <message>
        <source>Scanned document</source>
        <translation>Scanned document</translation>
    </message>
    <message>
        <source>Choose the documents to send</source>
        <translation>Choose the documents to send</translation>
    </message>
    <message>
        <source>Choose the document to send</source>
        <translation>Choose the document to send</translation>
    </message>
    <message>
        <source>This form takes pictures: scanned pages are sent as JPEG pictures, one for each page.</source>
        <translation>This form takes pictures: scanned pages are sent as JPEG pictures, one for each page.</translation>
    </message>
    <message>
        <source>This form takes PDF documents from this visit.</source>
        <translation>This form takes PDF documents from this visit.</translation>
    </message>
    <message>
        <source>Documents from this visit can be sent.</source>
        <translation>Documents from this visit can be sent.</translation>
    </message>
    <message>
        <source>You have no documents this form takes yet. You can scan one now.</source>
        <translation>You have no documents this form takes yet. You can scan one now.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n page)</numerusform>
            <numerusform>%1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a document now</source>
        <translation>Scan a document now</translation>
    </message>
    <message>
        <source>The pictures were made smaller to fit the website&apos;s limit of %1 MB.</source>
        <translation>The pictures were made smaller to fit the website&apos;s limit of %1 MB.</translation>
    </message>
    <message>
        <source>Send to the website</source>
        <translation>Send to the website</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
