<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttractScreen</name>
    <message>
        <source>Welcome</source>
        <translation>Вітаємо</translation>
    </message>
    <message>
        <source>Government services online, right here in the library</source>
        <translation>Державні послуги онлайн — просто тут, у бібліотеці</translation>
    </message>
    <message>
        <source>Find the service you need: Diia, pension, taxes, land, your hromada</source>
        <translation>Знайдіть потрібну послугу: Дія, пенсія, податки, земля, ваша громада</translation>
    </message>
    <message>
        <source>Open it safely on this screen, or take it home on your phone</source>
        <translation>Відкрийте її безпечно на цьому екрані або заберіть із собою на телефоні</translation>
    </message>
    <message>
        <source>See when the library runs free trainings</source>
        <translation>Дізнайтеся, коли в бібліотеці безкоштовні тренінги</translation>
    </message>
    <message>
        <source>Touch the screen to start</source>
        <translation>Торкніться екрана, щоб почати</translation>
    </message>
    <message>
        <source>Free of charge. When you finish, everything you did here is erased.</source>
        <translation>Безкоштовно. Коли ви завершите, усе, що ви тут робили, буде стерто.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <source>Services of my hromada</source>
        <translation>Послуги моєї громади</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>Державні е-послуги</translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Тренінги в цій бібліотеці</translation>
    </message>
    <message>
        <source>Learn e-governance</source>
        <translation>Основи е-урядування</translation>
    </message>
    <message>
        <source>This section is being prepared and will appear in a coming update of the kiosk.</source>
        <translation>Цей розділ готується й з’явиться в одному з наступних оновлень терміналу.</translation>
    </message>
    <message>
        <source>Until then, a librarian will gladly help you find the service you need.</source>
        <translation>А поки що бібліотекар охоче допоможе вам знайти потрібну послугу.</translation>
    </message>
    <message>
        <source>Back to the main menu</source>
        <translation>До головного меню</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Як користуватися терміналом</translation>
    </message>
    <message>
        <source>Touch a large button to choose. To go back one step, press “Back” at the top of the screen.</source>
        <translation>Щоб вибрати, торкніться великої кнопки. Щоб повернутися на крок назад, натисніть «Назад» угорі екрана.</translation>
    </message>
    <message>
        <source>“Home” takes you to the main menu from anywhere.</source>
        <translation>«Головна» з будь-якого місця веде до головного меню.</translation>
    </message>
    <message>
        <source>“Finish” ends your visit and erases everything you did here: pages, logins and documents.</source>
        <translation>«Завершити» закінчує ваш сеанс і стирає все, що ви тут робили: сторінки, входи й документи.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks whether you are still here. Press “I need more time” to carry on.</source>
        <translation>Якщо якийсь час ніхто не торкається екрана, термінал запитає, чи ви ще тут. Натисніть «Мені потрібно більше часу», щоб продовжити.</translation>
    </message>
    <message>
        <source>“English” or “Українська” at the top switches the language.</source>
        <translation>Кнопка «English» або «Українська» вгорі перемикає мову.</translation>
    </message>
    <message>
        <source>Need a hand?</source>
        <translation>Потрібна допомога?</translation>
    </message>
    <message>
        <source>Text too small? Press “Text size” at the top. Each press changes the size: 100 %, 125 %, 150 %.</source>
        <translation>Текст задрібний? Натисніть «Розмір тексту» вгорі. Кожне натискання змінює розмір: 100 %, 125 %, 150 %.</translation>
    </message>
    <message>
        <source>Ask a librarian at the desk. Help is free.</source>
        <translation>Зверніться до бібліотекаря. Допомога безкоштовна.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Main menu</source>
        <translation>Головне меню</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Services of my hromada</source>
        <translation>Послуги моєї громади</translation>
    </message>
    <message>
        <source>City council, CNAP and local services</source>
        <translation>Міська рада, ЦНАП і місцеві послуги</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>Державні е-послуги</translation>
    </message>
    <message>
        <source>Diia, pension, taxes, land and more</source>
        <translation>Дія, пенсія, податки, земля та інше</translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Тренінги в цій бібліотеці</translation>
    </message>
    <message>
        <source>Free classes: when and where</source>
        <translation>Безкоштовні заняття: коли і де</translation>
    </message>
    <message>
        <source>Learn e-governance</source>
        <translation>Основи е-урядування</translation>
    </message>
    <message>
        <source>Step-by-step guides and the course</source>
        <translation>Покрокові інструкції та курс</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Як користуватися терміналом</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message numerus="yes">
        <source>To protect your data, this session will end in %n second(s) and everything you did will be erased.</source>
        <translation>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунду, і все, що ви робили, буде стерто.</numerusform>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунди, і все, що ви робили, буде стерто.</numerusform>
            <numerusform>Щоб захистити ваші дані, сеанс завершиться через %n секунд, і все, що ви робили, буде стерто.</numerusform>
        </translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мені потрібно більше часу</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Завершити зараз</translation>
    </message>
</context>
<context>
    <name>KioskBar</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Розмір тексту %1 %</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Mist: e-services kiosk</source>
        <translation>Міст: термінал е-послуг</translation>
    </message>
</context>
<context>
    <name>PrivacyNote</name>
    <message>
        <source>This is a public computer</source>
        <translation>Це громадський комп’ютер</translation>
    </message>
    <message>
        <source>When you press “Finish”, everything you did here is erased: pages, logins and documents.</source>
        <translation>Коли ви натиснете «Завершити», усе, що ви тут робили, буде стерто: сторінки, входи й документи.</translation>
    </message>
</context>
</TS>
