<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Services of my hromada</source>
        <translation>Services of my hromada</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>National e-services</translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Trainings at this library</translation>
    </message>
    <message>
        <source>Learn e-governance</source>
        <translation>Learn e-governance</translation>
    </message>
    <message>
        <source>This section is being prepared and will appear in a coming update of the kiosk.</source>
        <translation>This section is being prepared and will appear in a coming update of the kiosk.</translation>
    </message>
    <message>
        <source>Until then, a librarian will gladly help you find the service you need.</source>
        <translation>Until then, a librarian will gladly help you find the service you need.</translation>
    </message>
    <message>
        <source>Back to the main menu</source>
        <translation>Back to the main menu</translation>
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
        <source>Text too small? Press “Text size” at the top. Each press changes the size: 100 %, 125 %, 150 %.</source>
        <translation>Text too small? Press “Text size” at the top. Each press changes the size: 100 %, 125 %, 150 %.</translation>
    </message>
    <message>
        <source>Ask a librarian at the desk. Help is free.</source>
        <translation>Ask a librarian at the desk. Help is free.</translation>
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
        <source>Text size %1 %</source>
        <translation>Text size %1 %</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
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
</TS>
