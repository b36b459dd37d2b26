<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AdminChoice</name>
    <message>
        <source>Set by your regional administrator</source>
        <translation>Встановлено вашим регіональним адміністратором</translation>
    </message>
</context>
<context>
    <name>AdminDirectoryScreen</name>
    <message>
        <source>Portal directory</source>
        <translation>Каталог порталів</translation>
    </message>
    <message>
        <source>Where the directory comes from</source>
        <translation>Звідки береться каталог</translation>
    </message>
    <message>
        <source>Address of the signed directory</source>
        <translation>Адреса підписаного каталогу</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>Зберегти адресу</translation>
    </message>
    <message>
        <source>Saved. The next update uses this address.</source>
        <translation>Збережено. Наступне оновлення візьме каталог за цією адресою.</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Оновлення</translation>
    </message>
    <message>
        <source>Last update: %1</source>
        <translation>Останнє оновлення: %1</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Оновити зараз</translation>
    </message>
    <message>
        <source>Fetching and checking the directory…</source>
        <translation>Завантажуємо й перевіряємо каталог…</translation>
    </message>
    <message>
        <source>Do the portals answer?</source>
        <translation>Чи відповідають портали?</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Перевірити зараз</translation>
    </message>
    <message>
        <source>Checking: %1 of %2 addresses…</source>
        <translation>Перевіряємо: %1 з %2 адрес…</translation>
    </message>
    <message>
        <source>Checking the portals…</source>
        <translation>Перевіряємо портали…</translation>
    </message>
</context>
<context>
    <name>AdminField</name>
    <message>
        <source>Set by your regional administrator</source>
        <translation>Встановлено вашим регіональним адміністратором</translation>
    </message>
</context>
<context>
    <name>AdminHeader</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n s</source>
        <translation>
            <numerusform>Блокування через %n с</numerusform>
            <numerusform>Блокування через %n с</numerusform>
            <numerusform>Блокування через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave librarian mode</source>
        <translation>Вийти з режиму бібліотекаря</translation>
    </message>
</context>
<context>
    <name>AdminHomeScreen</name>
    <message>
        <source>Librarian mode</source>
        <translation>Режим бібліотекаря</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Що ви хочете зробити?</translation>
    </message>
    <message>
        <source>Library details</source>
        <translation>Дані бібліотеки</translation>
    </message>
    <message>
        <source>Kiosk settings</source>
        <translation>Налаштування кіоска</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Running since</source>
        <translation>Працює з</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Вільне місце на диску</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Бази даних</translation>
    </message>
    <message>
        <source>Portals in the directory</source>
        <translation>Порталів у довіднику</translation>
    </message>
    <message>
        <source>Idle time of a visit</source>
        <translation>Час бездіяльності сеансу</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Режим тренера</translation>
    </message>
    <message>
        <source>Local portals</source>
        <translation>Місцеві портали</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Portal directory</source>
        <translation>Каталог порталів</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Last directory update</source>
        <translation>Останнє оновлення каталогу</translation>
    </message>
    <message>
        <source>Do the portals answer?</source>
        <translation>Чи відповідають портали?</translation>
    </message>
    <message>
        <source>Last schedule update</source>
        <translation>Останнє оновлення розкладу</translation>
    </message>
    <message>
        <source>Visits today</source>
        <translation>Відвідувань сьогодні</translation>
    </message>
    <message>
        <source>Visits this month</source>
        <translation>Відвідувань цього місяця</translation>
    </message>
    <message>
        <source>Trainings recorded this month</source>
        <translation>Навчань записано цього місяця</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n навчання</numerusform>
            <numerusform>%n навчання</numerusform>
            <numerusform>%n навчань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports to a USB stick</source>
        <translation>Звіти на флешку</translation>
    </message>
    <message>
        <source>Prints waiting</source>
        <translation>Очікують друку</translation>
    </message>
</context>
<context>
    <name>AdminKioskScreen</name>
    <message>
        <source>Kiosk settings</source>
        <translation>Налаштування кіоска</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунди</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>Time without a touch before a visit&apos;s warning</source>
        <translation>Час без дотику до попередження відвідувачу</translation>
    </message>
    <message>
        <source>Length of the warning&apos;s countdown</source>
        <translation>Тривалість зворотного відліку попередження</translation>
    </message>
    <message>
        <source>Text size a visit starts with</source>
        <translation>Розмір тексту на початку сеансу</translation>
    </message>
    <message>
        <source>Languages offered</source>
        <translation>Мови для відвідувачів</translation>
    </message>
    <message>
        <source>Ukrainian and English</source>
        <translation>Українська та англійська</translation>
    </message>
    <message>
        <source>Ukrainian only</source>
        <translation>Лише українська</translation>
    </message>
    <message>
        <source>Saved. It applies from the next touch.</source>
        <translation>Збережено. Діє з наступного дотику.</translation>
    </message>
</context>
<context>
    <name>AdminLibraryScreen</name>
    <message>
        <source>Library details</source>
        <translation>Дані бібліотеки</translation>
    </message>
    <message>
        <source>Name in Ukrainian</source>
        <translation>Назва українською</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Назва англійською</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Hromada it serves</source>
        <translation>Громада, яку обслуговує</translation>
    </message>
    <message>
        <source>Saved. Citizens see it now.</source>
        <translation>Збережено. Відвідувачі вже бачать зміни.</translation>
    </message>
</context>
<context>
    <name>AdminPinScreen</name>
    <message>
        <source>Librarian mode</source>
        <translation>Режим бібліотекаря</translation>
    </message>
    <message>
        <source>Enter the librarian PIN</source>
        <translation>Введіть PIN бібліотекаря</translation>
    </message>
    <message>
        <source>No PIN is set</source>
        <translation>PIN не встановлено</translation>
    </message>
    <message>
        <source>Librarian mode opens only after a PIN has been set. Ask whoever runs this kiosk to run: mistctl admin set-pin</source>
        <translation>Режим бібліотекаря відкривається лише після встановлення PIN. Попросіть того, хто обслуговує цей кіоск, виконати: mistctl admin set-pin</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN. Спробуйте знову через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN. Спробуйте знову через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN. Спробуйте знову через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Неправильний PIN.</translation>
    </message>
    <message>
        <source>A PIN has 6 to 12 digits.</source>
        <translation>PIN має від 6 до 12 цифр.</translation>
    </message>
    <message>
        <source>Librarian mode cannot be opened now.</source>
        <translation>Режим бібліотекаря зараз не можна відкрити.</translation>
    </message>
    <message>
        <source>6 to 12 digits</source>
        <translation>Від 6 до 12 цифр</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>AdminPortalEditScreen</name>
    <message>
        <source>Add a local portal</source>
        <translation>Додати місцевий портал</translation>
    </message>
    <message>
        <source>Edit a local portal</source>
        <translation>Змінити місцевий портал</translation>
    </message>
    <message>
        <source>Saved. Citizens see it now.</source>
        <translation>Збережено. Відвідувачі вже бачать зміни.</translation>
    </message>
    <message>
        <source>Name in Ukrainian (required)</source>
        <translation>Назва українською (обов’язково)</translation>
    </message>
    <message>
        <source>What citizens do there, in Ukrainian (required)</source>
        <translation>Що там можна зробити, українською (обов’язково)</translation>
    </message>
    <message>
        <source>Address (required)</source>
        <translation>Адреса сайту (обов’язково)</translation>
    </message>
    <message>
        <source>Secure addresses only, starting with https://. It is checked before saving.</source>
        <translation>Лише захищені адреси, що починаються з https://. Адресу перевіряють перед збереженням.</translation>
    </message>
    <message>
        <source>Hromada it serves (required)</source>
        <translation>Громада, яку обслуговує (обов’язково)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Name in English (optional)</source>
        <translation>Назва англійською (необов’язково)</translation>
    </message>
    <message>
        <source>What citizens do there, in English (optional)</source>
        <translation>Що там можна зробити, англійською (необов’язково)</translation>
    </message>
    <message>
        <source>Where to go in person, e.g. the CNAP&apos;s address (optional)</source>
        <translation>Куди прийти особисто, наприклад адреса ЦНАП (необов’язково)</translation>
    </message>
    <message>
        <source>Checking the address…</source>
        <translation>Перевіряємо адресу…</translation>
    </message>
    <message>
        <source>Warning: the address did not pass the check.</source>
        <translation>Увага: адреса не пройшла перевірку.</translation>
    </message>
    <message>
        <source>Citizens would see it as not answering. Save it anyway?</source>
        <translation>Відвідувачі побачать, що портал не відповідає. Усе одно зберегти?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Усе одно зберегти</translation>
    </message>
    <message>
        <source>Stop checking</source>
        <translation>Зупинити перевірку</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Змінити адресу</translation>
    </message>
    <message>
        <source>Check and save</source>
        <translation>Перевірити й зберегти</translation>
    </message>
</context>
<context>
    <name>AdminPortalsScreen</name>
    <message>
        <source>Local portals</source>
        <translation>Місцеві портали</translation>
    </message>
    <message>
        <source>Your hromada&apos;s own sites are local portals: add, edit or remove them here. Portals from the regional directory can be hidden or pinned to the top.</source>
        <translation>Власні сайти вашої громади — це місцеві портали: тут їх можна додати, змінити або вилучити. Портали з обласного довідника можна приховати або закріпити вгорі.</translation>
    </message>
    <message>
        <source>Add a local portal</source>
        <translation>Додати місцевий портал</translation>
    </message>
    <message>
        <source>Local portal</source>
        <translation>Місцевий портал</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>З довідника</translation>
    </message>
    <message>
        <source>Pinned to the top</source>
        <translation>Закріплено вгорі</translation>
    </message>
    <message>
        <source>Hidden from citizens</source>
        <translation>Приховано від відвідувачів</translation>
    </message>
    <message>
        <source>Show to citizens</source>
        <translation>Показати відвідувачам</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Приховати</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Відкріпити</translation>
    </message>
    <message>
        <source>Pin to the top</source>
        <translation>Закріпити вгорі</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove this portal for good? Citizens will no longer see it.</source>
        <translation>Вилучити цей портал назавжди? Відвідувачі більше його не побачать.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Так, вилучити</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Залишити</translation>
    </message>
</context>
<context>
    <name>AdminPrintsScreen</name>
    <message>
        <source>Prints waiting</source>
        <translation>Очікують друку</translation>
    </message>
    <message>
        <source>Printing is switched off in this kiosk&apos;s configuration.</source>
        <translation>Друк вимкнено в налаштуваннях цього кіоска.</translation>
    </message>
    <message>
        <source>Asking the printer…</source>
        <translation>Запитуємо принтер…</translation>
    </message>
    <message>
        <source>The printer does not answer. Check that it is switched on and connected.</source>
        <translation>Принтер не відповідає. Перевірте, чи він увімкнений і під’єднаний.</translation>
    </message>
    <message>
        <source>The printer is ready.</source>
        <translation>Принтер готовий.</translation>
    </message>
    <message>
        <source>The printer is out of paper.</source>
        <translation>У принтері закінчився папір.</translation>
    </message>
    <message>
        <source>Paper is jammed in the printer.</source>
        <translation>У принтері застряг папір.</translation>
    </message>
    <message>
        <source>The printer is out of toner.</source>
        <translation>У принтері закінчився тонер.</translation>
    </message>
    <message>
        <source>A door of the printer is open.</source>
        <translation>Відкрита кришка або дверцята принтера.</translation>
    </message>
    <message>
        <source>The printer reports a problem.</source>
        <translation>Принтер повідомляє про несправність.</translation>
    </message>
    <message>
        <source>Released: the pages with code %1 are printing now.</source>
        <translation>Надіслано на друк: сторінки з кодом %1 зараз друкуються.</translation>
    </message>
    <message>
        <source>Canceled: the pages with code %1 will not print.</source>
        <translation>Скасовано: сторінки з кодом %1 не друкуватимуться.</translation>
    </message>
    <message>
        <source>No print is waiting with code %1. It may have printed or been canceled already.</source>
        <translation>Друку з кодом %1 у черзі немає. Можливо, його вже надруковано або скасовано.</translation>
    </message>
    <message>
        <source>The printer did not answer, so nothing changed. Try again in a moment.</source>
        <translation>Принтер не відповів, тому нічого не змінилося. Спробуйте ще раз за хвилину.</translation>
    </message>
    <message>
        <source>Ask the citizen for their pickup code, then release their pages.</source>
        <translation>Запитайте у відвідувача його код для отримання, а тоді надрукуйте його сторінки.</translation>
    </message>
    <message>
        <source>No prints are waiting for a pickup code.</source>
        <translation>Немає друку, що чекає на код для отримання.</translation>
    </message>
    <message>
        <source>Code %1, sent at %2</source>
        <extracomment>A held print: its pickup code and the time it was sent.</extracomment>
        <translation>Код %1, надіслано о %2</translation>
    </message>
    <message>
        <source>Code %1</source>
        <translation>Код %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Print the pages with code %1 now</source>
        <translation>Надрукувати сторінки з кодом %1 зараз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Do not print the pages with code %1</source>
        <translation>Не друкувати сторінки з кодом %1</translation>
    </message>
    <message>
        <source>Other prints on their way: %1</source>
        <translation>Інші завдання друку в черзі: %1</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Перевірити знову</translation>
    </message>
</context>
<context>
    <name>AdminReportsScreen</name>
    <message>
        <source>Reports to a USB stick</source>
        <translation>Звіти на флешку</translation>
    </message>
    <message>
        <source>This month, %1</source>
        <translation>Цей місяць, %1</translation>
    </message>
    <message>
        <source>Last month, %1</source>
        <translation>Минулий місяць, %1</translation>
    </message>
    <message>
        <source>Looking for USB sticks…</source>
        <translation>Шукаю флешки…</translation>
    </message>
    <message>
        <source>Writing the reports. Do not remove the stick.</source>
        <translation>Записую звіти. Не виймайте флешку.</translation>
    </message>
    <message>
        <source>Done. You can remove the stick. The files are in its Mist folder: %1 and %2.</source>
        <translation>Готово. Флешку можна виймати. Файли — у її теці Mist: %1 і %2.</translation>
    </message>
    <message>
        <source>No USB stick found. Plug one into the kiosk, wait a few seconds, then press “Look again”.</source>
        <translation>Флешку не знайдено. Вставте її в кіоск, зачекайте кілька секунд і натисніть «Шукати знову».</translation>
    </message>
    <message>
        <source>The stick is read-only, so nothing was written. Check the lock switch on its side, or use another stick.</source>
        <translation>Флешка лише для читання, тож нічого не записано. Перевірте перемикач захисту збоку на ній або візьміть іншу флешку.</translation>
    </message>
    <message>
        <source>The stick is full, so nothing was written. Free some space on it on another computer, or use another stick.</source>
        <translation>На флешці немає місця, тож нічого не записано. Звільніть на ній місце на іншому комп’ютері або візьміть іншу флешку.</translation>
    </message>
    <message>
        <source>The kiosk has recorded nothing yet, so there is no report to write.</source>
        <translation>Кіоск ще нічого не записав, тож звіту поки немає.</translation>
    </message>
    <message>
        <source>The reports could not be written. Check that the stick is plugged in properly and try again.</source>
        <translation>Не вдалося записати звіти. Перевірте, чи добре вставлена флешка, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The month&apos;s usage table (for Excel) and the printable monthly report go into the Mist folder on the stick. Names and typed text are never in them.</source>
        <translation>Таблиця використання кіоску за місяць (для Excel) і місячний звіт для друку записуються в теку Mist на флешці. Імен і введеного тексту в них немає.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Флешка</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (лише для читання)</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1 (вільно %2)</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Шукати знову</translation>
    </message>
    <message>
        <source>Write the reports</source>
        <translation>Записати звіти</translation>
    </message>
</context>
<context>
    <name>AdminSaveRow</name>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
</context>
<context>
    <name>AdminTrainingsScreen</name>
    <message>
        <source>Trainings</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>The library&apos;s calendar</source>
        <translation>Календар бібліотеки</translation>
    </message>
    <message>
        <source>Calendar: https:// address or .ics file</source>
        <translation>Календар: адреса https:// або файл .ics</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Saved. The schedule uses this calendar from now on.</source>
        <translation>Збережено. Відтепер розклад береться з цього календаря.</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Читаємо календар…</translation>
    </message>
    <message>
        <source>Record a training that was held</source>
        <translation>Записати проведене навчання</translation>
    </message>
    <message>
        <source>Which training? The calendar&apos;s trainings of the last two weeks and today:</source>
        <translation>Яке навчання? Навчання з календаря за останні два тижні й сьогодні:</translation>
    </message>
    <message>
        <source>The calendar has no trainings in the last two weeks.</source>
        <translation>У календарі немає навчань за останні два тижні.</translation>
    </message>
    <message>
        <source>A training not in the calendar (held today)</source>
        <translation>Навчання, якого немає в календарі (проведене сьогодні)</translation>
    </message>
    <message>
        <source>How many people took part?</source>
        <translation>Скільки людей взяло участь?</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Стерти останню цифру</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 participants.</source>
        <translation>Введіть від %1 до %2 учасників.</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Зберегти запис</translation>
    </message>
    <message>
        <source>Recorded this month</source>
        <translation>Записано цього місяця</translation>
    </message>
    <message>
        <source>No trainings recorded yet this month.</source>
        <translation>Цього місяця ще не записано жодного навчання.</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s)</source>
        <translation>
            <numerusform>%n навчання</numerusform>
            <numerusform>%n навчання</numerusform>
            <numerusform>%n навчань</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerOption</name>
    <message>
        <source>Right answer</source>
        <translation>Правильна відповідь</translation>
    </message>
    <message>
        <source>Your choice: not right</source>
        <translation>Ваш вибір: неправильно</translation>
    </message>
</context>
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
    <message>
        <source>Open: %1</source>
        <translation>Години роботи: %1</translation>
    </message>
    <message>
        <source>Hromada: %1</source>
        <translation>Громада: %1</translation>
    </message>
</context>
<context>
    <name>BrowserBlockedCard</name>
    <message>
        <source>This page is on another website</source>
        <translation>Ця сторінка на іншому сайті</translation>
    </message>
    <message>
        <source>This cannot be opened here</source>
        <translation>Це не можна відкрити тут</translation>
    </message>
    <message>
        <source>To keep you safe, this kiosk opens only the pages of “%1”. To continue on your phone, scan the code with its camera.</source>
        <translation>Для вашої безпеки тут відкриваються лише сторінки «%1». Щоб продовжити на телефоні, наведіть його камеру на код.</translation>
    </message>
    <message>
        <source>To keep you safe, this kiosk opens only the pages of “%1”.</source>
        <translation>Для вашої безпеки тут відкриваються лише сторінки «%1».</translation>
    </message>
    <message>
        <source>Back to the service</source>
        <translation>Повернутися до послуги</translation>
    </message>
</context>
<context>
    <name>BrowserDialog</name>
    <message>
        <source>Leave this page? What you entered may be lost.</source>
        <translation>Піти з цієї сторінки? Те, що ви ввели, може не зберегтися.</translation>
    </message>
    <message>
        <source>The website says:</source>
        <translation>Сайт повідомляє:</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ваша відповідь</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>BrowserPreviewScreen</name>
    <message>
        <source>Service website</source>
        <translation>Сайт послуги</translation>
    </message>
    <message>
        <source>Portal of the hromada</source>
        <translation>Портал громади</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Назад</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Початкова сторінка</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Розмір тексту %1 %</translation>
    </message>
    <message>
        <source>Finish and clear my data</source>
        <translation>Завершити й стерти мої дані</translation>
    </message>
    <message>
        <source>This is a public computer. When you press “Finish” or walk away, everything you did here is erased.</source>
        <translation>Це загальнодоступний комп’ютер. Коли ви натиснете «Завершити» або підете, усе, що ви тут робили, буде стерто.</translation>
    </message>
    <message>
        <source>Files from this computer cannot be sent. You can continue on your own phone or computer.</source>
        <translation>З цього комп’ютера не можна надсилати файли. Ви можете продовжити на своєму телефоні чи комп’ютері.</translation>
    </message>
    <message>
        <source>Files cannot be saved on this computer. You can continue on your own phone or computer.</source>
        <translation>На цьому комп’ютері не можна зберігати файли. Ви можете продовжити на своєму телефоні чи комп’ютері.</translation>
    </message>
    <message>
        <source>This website kept showing messages, so the kiosk stopped them.</source>
        <translation>Цей сайт показував повідомлення одне за одним, тому кіоск їх зупинив.</translation>
    </message>
    <message>
        <source>This service cannot be opened on this kiosk right now. Please ask the librarian.</source>
        <translation>Зараз цей сервіс не можна відкрити на кіоску. Будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Розмір тексту</translation>
    </message>
    <message numerus="yes">
        <source>Saved to your documents. You have %n document(s) in this visit.</source>
        <extracomment>After a download or a page&apos;s &quot;Print&quot;: the document is in the visit&apos;s documents.</extracomment>
        <translation>
            <numerusform>Збережено до ваших документів. Усього за цей сеанс: %n документ.</numerusform>
            <numerusform>Збережено до ваших документів. Усього за цей сеанс: %n документи.</numerusform>
            <numerusform>Збережено до ваших документів. Усього за цей сеанс: %n документів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is not a PDF document, so it was not saved. Only PDF documents can be kept here.</source>
        <translation>Цей файл не є документом PDF, тому його не збережено. Тут можна зберігати лише документи PDF.</translation>
    </message>
    <message>
        <source>This document is larger than %1 MB, so it cannot be saved here.</source>
        <extracomment>%1 is the largest document the kiosk keeps, in megabytes.</extracomment>
        <translation>Цей документ більший за %1 МБ, тому його тут не можна зберегти.</translation>
    </message>
    <message numerus="yes">
        <source>One visit can keep up to %n documents, and you have that many. Remove one in “Documents” to save another.</source>
        <translation>
            <numerusform>За один сеанс можна зберегти до %n документа, і у вас їх уже стільки. Вилучіть один у «Документах», щоб зберегти інший.</numerusform>
            <numerusform>За один сеанс можна зберегти до %n документів, і у вас їх уже стільки. Вилучіть один у «Документах», щоб зберегти інший.</numerusform>
            <numerusform>За один сеанс можна зберегти до %n документів, і у вас їх уже стільки. Вилучіть один у «Документах», щоб зберегти інший.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file comes from another website, so it cannot be saved here. You can continue on your own phone or computer.</source>
        <translation>Цей файл з іншого сайту, тому його тут не можна зберегти. Ви можете продовжити на своєму телефоні чи комп’ютері.</translation>
    </message>
    <message>
        <source>Pages cannot be printed or saved on this computer. You can continue on your own phone or computer.</source>
        <translation>На цьому комп’ютері не можна друкувати чи зберігати сторінки. Ви можете продовжити на своєму телефоні чи комп’ютері.</translation>
    </message>
    <message>
        <source>The page could not be saved as a document. Please try again.</source>
        <translation>Не вдалося зберегти сторінку як документ. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The document could not be received. Please try again.</source>
        <translation>Не вдалося отримати документ. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Start page, text size</source>
        <translation>Початкова сторінка, розмір тексту</translation>
    </message>
    <message>
        <source>Open my documents</source>
        <translation>Відкрити мої документи</translation>
    </message>
</context>
<context>
    <name>ChooseDocumentScreen</name>
    <message>
        <source>Send a document</source>
        <translation>Надіслати документ</translation>
    </message>
</context>
<context>
    <name>CourseCheckScreen</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Перевірте себе</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Запитання %1 з %2</translation>
    </message>
    <message>
        <source>Several answers may be right: tap each one you choose.</source>
        <translation>Правильних відповідей може бути кілька: торкніться кожної, яку обираєте.</translation>
    </message>
    <message>
        <source>Tap one answer.</source>
        <translation>Торкніться однієї відповіді.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Правильно!</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>Не зовсім.</translation>
    </message>
    <message>
        <source>Check my answer</source>
        <translation>Перевірити відповідь</translation>
    </message>
    <message>
        <source>Finish the module</source>
        <translation>Завершити модуль</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Наступне запитання</translation>
    </message>
    <message>
        <source>This self-check is not available. A librarian will gladly help you.</source>
        <translation>Ця самоперевірка недоступна. Бібліотекар охоче вам допоможе.</translation>
    </message>
</context>
<context>
    <name>CourseLessonScreen</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Lesson %1 of %2</source>
        <translation>Урок %1 з %2</translation>
    </message>
    <message>
        <source>Service in Mist: %1</source>
        <translation>Послуга в Mist: %1</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Покрокова інструкція: %1</translation>
    </message>
    <message>
        <source>Continue on your phone: point its camera at this code to open this lesson online.</source>
        <translation>Продовжте на телефоні: наведіть його камеру на цей код, і урок відкриється в інтернеті.</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Попередній урок</translation>
    </message>
    <message numerus="yes">
        <source>Check yourself: %n question(s)</source>
        <translation>
            <numerusform>Перевірте себе: %n запитання</numerusform>
            <numerusform>Перевірте себе: %n запитання</numerusform>
            <numerusform>Перевірте себе: %n запитань</numerusform>
        </translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Наступний урок</translation>
    </message>
    <message>
        <source>This lesson is not available. A librarian will gladly help you.</source>
        <translation>Цей урок недоступний. Бібліотекар охоче вам допоможе.</translation>
    </message>
</context>
<context>
    <name>CourseMaterialScreen</name>
    <message>
        <source>Course materials</source>
        <translation>Матеріали курсу</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Менше</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Більше</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>This document cannot be opened: the file may be damaged. Please tell a librarian.</source>
        <translation>Цей документ не відкривається: можливо, файл пошкоджений. Будь ласка, скажіть про це бібліотекареві.</translation>
    </message>
    <message>
        <source>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</source>
        <translation>До цього кіоска ще не додали матеріалів курсу. Запитайте бібліотекаря: він може додати курс як файли PDF.</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Відкриваємо документ…</translation>
    </message>
</context>
<context>
    <name>CourseModuleEndScreen</name>
    <message>
        <source>Course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Well done! You finished this module.</source>
        <translation>Чудово! Ви пройшли цей модуль.</translation>
    </message>
    <message>
        <source>Self-check: %1 of %2 answered right the first time.</source>
        <translation>Самоперевірка: з першої спроби правильно %1 з %2.</translation>
    </message>
    <message>
        <source>What you learned</source>
        <translation>Що ви дізналися</translation>
    </message>
    <message>
        <source>What to try next</source>
        <translation>Що спробувати далі</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Покрокова інструкція: %1</translation>
    </message>
    <message>
        <source>Try the service: %1</source>
        <translation>Спробуйте послугу: %1</translation>
    </message>
    <message>
        <source>Trainings at this library: learn with a trainer</source>
        <translation>Навчання в цій бібліотеці: вчіться разом із тренером</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Усі модулі</translation>
    </message>
    <message>
        <source>Next module: %1</source>
        <translation>Наступний модуль: %1</translation>
    </message>
    <message>
        <source>This module is not available. A librarian will gladly help you.</source>
        <translation>Цей модуль недоступний. Бібліотекар охоче вам допоможе.</translation>
    </message>
</context>
<context>
    <name>CourseModulesScreen</name>
    <message>
        <source>Course: Basics of E-Governance</source>
        <translation>Курс: Основи електронного урядування</translation>
    </message>
    <message>
        <source>Who is this course for?</source>
        <translation>Для кого цей курс?</translation>
    </message>
    <message>
        <source>For trainers: show a module to a group</source>
        <translation>Для тренерів: показати модуль групі</translation>
    </message>
    <message>
        <source>Your progress is forgotten when you press “Finish” or walk away: nothing about you is kept.</source>
        <translation>Ваш поступ забувається, коли ви натискаєте «Завершити» або йдете: нічого про вас не зберігається.</translation>
    </message>
    <message>
        <source>Finished. You can go through it again.</source>
        <translation>Пройдено. Можна пройти ще раз.</translation>
    </message>
    <message>
        <source>Lessons read: %1 of %2</source>
        <translation>Прочитано уроків: %1 з %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n урок</numerusform>
            <numerusform>%n уроки</numerusform>
            <numerusform>%n уроків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) at the end</source>
        <translation>
            <numerusform>%n запитання наприкінці</numerusform>
            <numerusform>%n запитання наприкінці</numerusform>
            <numerusform>%n запитань наприкінці</numerusform>
        </translation>
    </message>
    <message>
        <source>The course is not available on this kiosk. A librarian will gladly help you.</source>
        <translation>Курс недоступний на цьому кіоску. Бібліотекар охоче вам допоможе.</translation>
    </message>
</context>
<context>
    <name>DocumentCard</name>
    <message>
        <source>Document without a name</source>
        <translation>Документ без назви</translation>
    </message>
    <message>
        <source>a page of a portal, kept for printing</source>
        <extracomment>Where a document in the tray came from: a portal page the citizen printed.</extracomment>
        <translation>сторінка порталу, збережена для друку</translation>
    </message>
    <message>
        <source>received from a portal</source>
        <extracomment>Where a document in the tray came from: a file a portal gave.</extracomment>
        <translation>отримано з порталу</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove this document from the kiosk? You cannot get it back here.</source>
        <translation>Вилучити цей документ із кіоска? Повернути його тут уже не вдасться.</translation>
    </message>
    <message>
        <source>Yes, remove it</source>
        <translation>Так, вилучити</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Ні, залишити</translation>
    </message>
    <message>
        <source>Scan with your phone to get this document from the portal.</source>
        <translation>Наведіть камеру телефона на код, щоб отримати цей документ із порталу.</translation>
    </message>
    <message>
        <source>To keep it, print it here, or find it again later in your account on the portal. The kiosk does not keep it after you press Finish.</source>
        <translation>Щоб він у вас залишився, надрукуйте його тут або знайдіть пізніше у своєму кабінеті на порталі. Після того як ви натиснете «Завершити», кіоск його не зберігає.</translation>
    </message>
    <message>
        <source>scanned here</source>
        <extracomment>Where a document in the tray came from: paper scanned at the kiosk.</extracomment>
        <translation>відскановано тут</translation>
    </message>
</context>
<context>
    <name>DocumentViewerScreen</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Менше</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Більше</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>This document cannot be shown here: it may be damaged. You can ask the portal for it again, or ask a librarian.</source>
        <translation>Цей документ не вдається показати: можливо, він пошкоджений. Ви можете знову отримати його на порталі або звернутися до бібліотекаря.</translation>
    </message>
    <message>
        <source>This document is no longer here.</source>
        <translation>Цього документа тут уже немає.</translation>
    </message>
    <message>
        <source>A picture of the document&apos;s page as it will print. The buttons under it turn the pages and print it.</source>
        <translation>Зображення сторінки документа такою, якою її буде надруковано. Кнопки під ним гортають сторінки й друкують документ.</translation>
    </message>
</context>
<context>
    <name>DocumentsButton</name>
    <message>
        <source>Documents: %1</source>
        <extracomment>The kiosk bar&apos;s button to the visit&apos;s documents; %1 is how many there are.</extracomment>
        <translation>Документи: %1</translation>
    </message>
    <message>
        <source>The documents you received in this visit, to view or print</source>
        <translation>Документи, отримані за цей сеанс, — переглянути чи надрукувати</translation>
    </message>
</context>
<context>
    <name>DocumentsTrayScreen</name>
    <message>
        <source>Your documents</source>
        <translation>Ваші документи</translation>
    </message>
    <message>
        <source>‹ Back to the portal</source>
        <translation>‹ Назад до порталу</translation>
    </message>
    <message>
        <source>What portals gave you during this visit. You can read each one and print it at the library&apos;s printer. Everything here is erased when you press Finish.</source>
        <translation>Те, що ви отримали від порталів за цей сеанс. Кожен документ можна прочитати й надрукувати на принтері бібліотеки. Коли ви натиснете «Завершити», усе це буде стерто.</translation>
    </message>
    <message>
        <source>You have no documents yet.</source>
        <translation>У вас ще немає документів.</translation>
    </message>
    <message>
        <source>When a portal gives you a document, such as a certificate, an extract or a receipt, it appears here. You can read it and print it at the library&apos;s printer.</source>
        <translation>Коли портал видасть вам документ, наприклад довідку, витяг чи квитанцію, він з’явиться тут. Його можна прочитати й надрукувати на принтері бібліотеки.</translation>
    </message>
    <message>
        <source>This kiosk has no printer. A librarian can tell you where to print.</source>
        <translation>Цей кіоск не має принтера. Бібліотекар підкаже, де можна надрукувати.</translation>
    </message>
    <message>
        <source>Scan a paper document</source>
        <translation>Відсканувати паперовий документ</translation>
    </message>
    <message>
        <source>Your scan is larger than %1 MB, so some websites may not take it. Scan fewer pages, or scan them as text.</source>
        <translation>Ваш скан більший за %1 МБ, тож деякі сайти можуть його не прийняти. Відскануйте менше сторінок або скануйте як текст.</translation>
    </message>
    <message>
        <source>Your scan was made a little less sharp so that websites take it (at most %1 MB).</source>
        <translation>Ваш скан зроблено трохи менш чітким, щоб сайти його прийняли (не більше %1 МБ).</translation>
    </message>
</context>
<context>
    <name>ErasedBanner</name>
    <message>
        <source>Your data was erased</source>
        <translation>Ваші дані стерто</translation>
    </message>
    <message>
        <source>Pages you opened, logins, cookies and anything you typed are gone from this computer.</source>
        <translation>Відкриті сторінки, входи в кабінети, файли cookie й усе, що ви вводили, видалено з цього комп’ютера.</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Guide</source>
        <translation>Інструкція</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Крок %1 з %2</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>Крок назад</translation>
    </message>
    <message>
        <source>Done: to the main menu</source>
        <translation>Готово: до головного меню</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Наступний крок</translation>
    </message>
    <message>
        <source>This guide is not available. A librarian will gladly help you.</source>
        <translation>Ця інструкція недоступна. Бібліотекар охоче вам допоможе.</translation>
    </message>
    <message>
        <source>Step-by-step guide</source>
        <translation>Покрокова інструкція</translation>
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
        <source>Text too small? Press “Text size” at the top. Each press changes the size: 100&#xa0;%, 125&#xa0;%, 150&#xa0;%.</source>
        <translation>Текст задрібний? Натисніть «Розмір тексту» вгорі. Кожне натискання змінює розмір: 100&#xa0;%, 125&#xa0;%, 150&#xa0;%.</translation>
    </message>
    <message>
        <source>Ask a librarian at the desk. Help is free.</source>
        <translation>Зверніться до бібліотекаря. Допомога безкоштовна.</translation>
    </message>
    <message>
        <source>Hard to read? “Contrast” at the top shows white and yellow text on black.</source>
        <translation>Погано видно? Кнопка «Контраст» угорі показує білий і жовтий текст на чорному.</translation>
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
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
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
        <source>Text size %1&#xa0;%</source>
        <translation>Розмір тексту %1&#xa0;%</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>High contrast is on</source>
        <translation>Високий контраст увімкнено</translation>
    </message>
    <message>
        <source>High contrast is off</source>
        <translation>Високий контраст вимкнено</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Розмір тексту %1 %</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>Менше руху</translation>
    </message>
    <message>
        <source>Less motion is on</source>
        <translation>Менше руху: увімкнено</translation>
    </message>
    <message>
        <source>Less motion is off</source>
        <translation>Менше руху: вимкнено</translation>
    </message>
    <message>
        <source>Contrast, text size and motion</source>
        <translation>Контраст, розмір тексту й рух</translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Learn e-governance</source>
        <translation>Основи е-урядування</translation>
    </message>
    <message>
        <source>Step-by-step guides</source>
        <translation>Покрокові інструкції</translation>
    </message>
    <message>
        <source>Short guides with pictures. One step at a time, at your own pace.</source>
        <translation>Короткі інструкції з малюнками. Крок за кроком, у зручному для вас темпі.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n крок</numerusform>
            <numerusform>%n кроки</numerusform>
            <numerusform>%n кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>Course materials</source>
        <translation>Матеріали курсу</translation>
    </message>
    <message>
        <source>No course materials have been added to this kiosk yet. Ask a librarian: they can add the course as PDF files.</source>
        <translation>До цього кіоска ще не додали матеріалів курсу. Запитайте бібліотекаря: він може додати курс як файли PDF.</translation>
    </message>
    <message>
        <source>Document (PDF)</source>
        <translation>Документ (PDF)</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>Basics of E-Governance</source>
        <translation>Основи електронного урядування</translation>
    </message>
    <message>
        <source>Short lessons with pictures and a few questions at the end of each module: your digital signature, Diia, pensions and taxes, your hromada, staying safe online. There is also a track for council members and hromada staff.</source>
        <translation>Короткі уроки з малюнками й кілька запитань наприкінці кожного модуля: ваш електронний підпис, «Дія», пенсія й податки, ваша громада, безпека в мережі. Є й окремий напрям для депутатів рад і працівників громад.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s)</source>
        <translation>
            <numerusform>%n модуль</numerusform>
            <numerusform>%n модулі</numerusform>
            <numerusform>%n модулів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonBlocks</name>
    <message>
        <source>Tip</source>
        <translation>Порада</translation>
    </message>
    <message>
        <source>Be careful</source>
        <translation>Будьте уважні</translation>
    </message>
    <message>
        <source>Where to check</source>
        <translation>Де перевірити</translation>
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
    <name>Mist::DirectoryAdmin</name>
    <message numerus="yes">
        <source>Accepted: %n portal(s) in the new directory.</source>
        <translation>
            <numerusform>Прийнято: %n портал у новому каталозі.</numerusform>
            <numerusform>Прийнято: %n портали в новому каталозі.</numerusform>
            <numerusform>Прийнято: %n порталів у новому каталозі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: the kiosk already has the latest directory.</source>
        <translation>Нічого нового: у кіоску вже найновіший каталог.</translation>
    </message>
    <message>
        <source>Refused: the signature does not match.</source>
        <translation>Відхилено: підпис не збігається.</translation>
    </message>
    <message>
        <source>Refused: this directory is older than the one the kiosk has.</source>
        <translation>Відхилено: цей каталог старіший за той, що вже є в кіоску.</translation>
    </message>
    <message>
        <source>Refused: this directory has expired.</source>
        <translation>Відхилено: термін дії цього каталогу минув.</translation>
    </message>
    <message>
        <source>Refused: the file is not a valid portal directory.</source>
        <translation>Відхилено: файл не є правильним каталогом порталів.</translation>
    </message>
    <message>
        <source>No directory feed is set up on this kiosk.</source>
        <translation>У цьому кіоску не налаштовано джерело каталогу.</translation>
    </message>
    <message>
        <source>The directory&apos;s server answered with an error.</source>
        <translation>Сервер каталогу відповів помилкою.</translation>
    </message>
    <message>
        <source>The new directory could not be saved on this kiosk.</source>
        <translation>Не вдалося зберегти новий каталог у кіоску.</translation>
    </message>
    <message>
        <source>The directory&apos;s server could not be reached.</source>
        <translation>Не вдалося зв’язатися із сервером каталогу.</translation>
    </message>
    <message>
        <source>Citizens see the new directory now.</source>
        <translation>Відвідувачі вже бачать новий каталог.</translation>
    </message>
    <message>
        <source>Citizens see the same portals as before.</source>
        <translation>Відвідувачі бачать ті самі портали, що й раніше.</translation>
    </message>
    <message>
        <source>The kiosk keeps the last good directory: citizens see the portals they saw before. Tell your regional administrator.</source>
        <translation>Кіоск залишає останній правильний каталог: відвідувачі бачать ті самі портали, що й раніше. Повідомте регіонального адміністратора.</translation>
    </message>
    <message>
        <source>Citizens see the directory the kiosk has. Your regional administrator sets up the feed and its key.</source>
        <translation>Відвідувачі бачать каталог, який уже є в кіоску. Джерело каталогу та його ключ налаштовує регіональний адміністратор.</translation>
    </message>
    <message>
        <source>The kiosk keeps the last good directory and tries again later. Check the internet connection if this repeats.</source>
        <translation>Кіоск залишає останній правильний каталог і спробує ще раз пізніше. Якщо це повторюється, перевірте підключення до інтернету.</translation>
    </message>
    <message>
        <source>Not updated yet.</source>
        <translation>Ще не оновлювався.</translation>
    </message>
    <message>
        <source>a new directory accepted</source>
        <translation>прийнято новий каталог</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>нічого нового</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>не вдалося</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The portals have not been checked yet.</source>
        <translation>Портали ще не перевірялися.</translation>
    </message>
    <message numerus="yes">
        <source>%n portal(s) did not answer at %1.</source>
        <translation>
            <numerusform>%n портал не відповів під час перевірки %1.</numerusform>
            <numerusform>%n портали не відповіли під час перевірки %1.</numerusform>
            <numerusform>%n порталів не відповіли під час перевірки %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check at %1 could not reach the internet.</source>
        <translation>Перевірка %1 не змогла вийти в інтернет.</translation>
    </message>
    <message numerus="yes">
        <source>All %n portal(s) answered at %1.</source>
        <translation>
            <numerusform>Під час перевірки %1 відповів %n портал.</numerusform>
            <numerusform>Під час перевірки %1 відповіли всі %n портали.</numerusform>
            <numerusform>Під час перевірки %1 відповіли всі %n порталів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mist::KioskStatus</name>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>Not updated yet (the sample calendar is shown).</source>
        <translation>Ще не оновлювався (показано зразок розкладу).</translation>
    </message>
    <message>
        <source>Not updated yet.</source>
        <translation>Ще не оновлювався.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>оновлено</translation>
    </message>
    <message>
        <source>failed: the last good calendar is shown</source>
        <translation>не вдалося: показано останній правильний календар</translation>
    </message>
</context>
<context>
    <name>Mist::PortalEditor</name>
    <message>
        <source>This cannot be empty.</source>
        <translation>Це поле не може бути порожнім.</translation>
    </message>
    <message>
        <source>Only secure addresses are accepted: it must start with https:// (http:// is refused).</source>
        <translation>Приймаються лише захищені адреси: вона має починатися з https:// (http:// не приймається).</translation>
    </message>
    <message>
        <source>This is not a web address. Enter it whole, for example https://cnap.example.ua</source>
        <translation>Це не адреса сайту. Введіть її повністю, наприклад https://cnap.example.ua</translation>
    </message>
    <message>
        <source>This is a shared domain (like gov.ua), not one website. Enter the portal&apos;s own address.</source>
        <translation>Це спільний домен (як gov.ua), а не окремий сайт. Введіть власну адресу порталу.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Це задовго.</translation>
    </message>
    <message>
        <source>The kiosk cannot accept this value.</source>
        <translation>Кіоск не може прийняти це значення.</translation>
    </message>
    <message>
        <source>A portal with this name already exists.</source>
        <translation>Портал із такою назвою вже є.</translation>
    </message>
    <message>
        <source>This portal cannot be edited here any more.</source>
        <translation>Цей портал тут більше не можна змінити.</translation>
    </message>
    <message>
        <source>The portal could not be saved. Nothing was changed.</source>
        <translation>Портал не вдалося зберегти. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The address could not be checked now.</source>
        <translation>Зараз адресу не вдалося перевірити.</translation>
    </message>
    <message>
        <source>The site answered, but its security certificate is not valid: browsers, the kiosk&apos;s included, will warn or refuse to open it.</source>
        <translation>Сайт відповів, але його сертифікат безпеки недійсний: браузери, зокрема браузер кіоску, попереджатимуть або не відкриють його.</translation>
    </message>
    <message>
        <source>No website was found at this address. Check it for typing mistakes.</source>
        <translation>За цією адресою сайт не знайдено. Перевірте, чи немає в ній помилок.</translation>
    </message>
    <message>
        <source>The site answered with an error (%1): the page may have moved.</source>
        <translation>Сайт відповів помилкою (%1): можливо, сторінку перенесли.</translation>
    </message>
    <message>
        <source>The site did not answer.</source>
        <translation>Сайт не відповів.</translation>
    </message>
</context>
<context>
    <name>Mist::SettingsForm</name>
    <message>
        <source>This is not a setting of the kiosk.</source>
        <translation>Такого налаштування в кіоску немає.</translation>
    </message>
    <message>
        <source>Set by your regional administrator.</source>
        <translation>Встановлено вашим регіональним адміністратором.</translation>
    </message>
    <message>
        <source>Enter a whole number of seconds.</source>
        <translation>Введіть ціле число секунд.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 seconds.</source>
        <translation>Введіть від %1 до %2 секунд.</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Виберіть одне із запропонованих значень.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Це поле не може бути порожнім.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Надто довго.</translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation>Адреса має починатися з https://</translation>
    </message>
    <message>
        <source>The settings could not be saved. Nothing was changed.</source>
        <translation>Не вдалося зберегти налаштування. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Enter an https:// address or the full path of an .ics file.</source>
        <translation>Введіть адресу https:// або повний шлях до файлу .ics.</translation>
    </message>
    <message>
        <source>There is no file here that the kiosk can read.</source>
        <translation>За цим шляхом немає файлу, який кіоск може прочитати.</translation>
    </message>
</context>
<context>
    <name>Mist::TrainingsAdmin</name>
    <message numerus="yes">
        <source>This is a calendar, but it has no trainings in the next %n day(s).</source>
        <translation>
            <numerusform>Це календар, але в ньому немає навчань на найближчий %n день.</numerusform>
            <numerusform>Це календар, але в ньому немає навчань на найближчі %n дні.</numerusform>
            <numerusform>Це календар, але в ньому немає навчань на найближчі %n днів.</numerusform>
        </translation>
    </message>
    <message>
        <source>This calendar works. The next trainings it would show:</source>
        <translation>Календар працює. Найближчі навчання, які він покаже:</translation>
    </message>
    <message>
        <source>Enter the calendar&apos;s address or file first.</source>
        <translation>Спершу введіть адресу або файл календаря.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is not there, or the kiosk may not open it.</source>
        <translation>Файл не вдається прочитати: його немає, або кіоск не має права його відкрити.</translation>
    </message>
    <message>
        <source>Not found: there is no calendar at this address.</source>
        <translation>Не знайдено: за цією адресою немає календаря.</translation>
    </message>
    <message>
        <source>The calendar&apos;s server refused: the calendar is private. Use its public or secret address.</source>
        <translation>Сервер календаря відмовив: календар приватний. Використайте його публічну або секретну адресу.</translation>
    </message>
    <message>
        <source>The calendar&apos;s server answered with an error (%1). Try again later.</source>
        <translation>Сервер календаря відповів помилкою (%1). Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>This is not a calendar: the address or file gives something else.</source>
        <translation>Це не календар: за адресою чи у файлі щось інше.</translation>
    </message>
    <message>
        <source>The calendar is too large for the kiosk.</source>
        <translation>Календар завеликий для кіоску.</translation>
    </message>
    <message>
        <source>The address must start with https://</source>
        <translation>Адреса має починатися з https://</translation>
    </message>
    <message>
        <source>The calendar&apos;s server could not prove who it is (certificate problem).</source>
        <translation>Сервер календаря не зміг підтвердити, хто він (проблема із сертифікатом).</translation>
    </message>
    <message>
        <source>Network error: the calendar&apos;s server could not be reached. Check the address and the internet connection.</source>
        <translation>Помилка мережі: не вдалося зв’язатися із сервером календаря. Перевірте адресу та підключення до інтернету.</translation>
    </message>
    <message>
        <source>The calendar could not be tested. Try again later.</source>
        <translation>Не вдалося перевірити календар. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Choose the training first.</source>
        <translation>Спершу виберіть навчання.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 participants.</source>
        <translation>Введіть від %1 до %2 учасників.</translation>
    </message>
    <message>
        <source>The record could not be saved. Try again.</source>
        <translation>Не вдалося зберегти запис. Спробуйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: a training with %n participant(s).</source>
        <translation>
            <numerusform>Збережено: навчання, %n учасник.</numerusform>
            <numerusform>Збережено: навчання, %n учасники.</numerusform>
            <numerusform>Збережено: навчання, %n учасників.</numerusform>
        </translation>
    </message>
    <message>
        <source>A training not in the calendar</source>
        <translation>Навчання, якого немає в календарі</translation>
    </message>
    <message>
        <source>A training (no longer in the calendar)</source>
        <translation>Навчання (його вже немає в календарі)</translation>
    </message>
</context>
<context>
    <name>PrintChoiceScreen</name>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Вибрано</translation>
    </message>
    <message>
        <source>Print a document</source>
        <translation>Друк документа</translation>
    </message>
    <message>
        <source>This kiosk has no printer. A librarian can tell you where to print.</source>
        <translation>Цей кіоск не має принтера. Бібліотекар підкаже, де можна надрукувати.</translation>
    </message>
    <message>
        <source>This document is no longer here.</source>
        <translation>Цього документа тут уже немає.</translation>
    </message>
    <message>
        <source>How many copies?</source>
        <translation>Скільки примірників?</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n примірник</numerusform>
            <numerusform>%n примірники</numerusform>
            <numerusform>%n примірників</numerusform>
        </translation>
    </message>
    <message>
        <source>Which pages?</source>
        <translation>Які сторінки?</translation>
    </message>
    <message numerus="yes">
        <source>All pages (%n)</source>
        <translation>
            <numerusform>Усі сторінки (%n)</numerusform>
            <numerusform>Усі сторінки (%n)</numerusform>
            <numerusform>Усі сторінки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pages</source>
        <translation>Деякі сторінки</translation>
    </message>
    <message>
        <source>From page</source>
        <translation>Від сторінки</translation>
    </message>
    <message>
        <source>To page</source>
        <translation>До сторінки</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) to print</source>
        <extracomment>How many sheets the chosen copies and pages make.</extracomment>
        <translation>
            <numerusform>До друку: %n сторінка</numerusform>
            <numerusform>До друку: %n сторінки</numerusform>
            <numerusform>До друку: %n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You can print %n more page(s) in this visit.</source>
        <translation>
            <numerusform>За цей сеанс ви можете надрукувати ще %n сторінку.</numerusform>
            <numerusform>За цей сеанс ви можете надрукувати ще %n сторінки.</numerusform>
            <numerusform>За цей сеанс ви можете надрукувати ще %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is more than this visit allows. Choose fewer copies or fewer pages.</source>
        <translation>Це більше, ніж дозволено за один сеанс. Виберіть менше примірників або сторінок.</translation>
    </message>
    <message>
        <source>Your pages wait at the librarian&apos;s desk: you will get a code to collect them.</source>
        <translation>Ваші сторінки чекатимуть у бібліотекаря: ви отримаєте код, щоб їх забрати.</translation>
    </message>
    <message>
        <source>Another document is printing. Please wait until it has finished.</source>
        <translation>Зараз друкується інший документ. Будь ласка, зачекайте, доки друк завершиться.</translation>
    </message>
    <message numerus="yes">
        <source>Print %n page(s)</source>
        <translation>
            <numerusform>Надрукувати %n сторінку</numerusform>
            <numerusform>Надрукувати %n сторінки</numerusform>
            <numerusform>Надрукувати %n сторінок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintHandoutButton</name>
    <message>
        <source>Print this page</source>
        <translation>Надрукувати цю сторінку</translation>
    </message>
    <message>
        <source>A printed copy to take with you</source>
        <translation>Надрукована копія, яку можна забрати з собою</translation>
    </message>
    <message>
        <source>Printed at %1, %2</source>
        <translation>Надруковано: %1, %2</translation>
    </message>
    <message>
        <source>The rest of the text is on the kiosk&apos;s screen.</source>
        <translation>Решта тексту — на екрані кіоска.</translation>
    </message>
</context>
<context>
    <name>PrintResultScreen</name>
    <message>
        <source>Pickup code</source>
        <translation>Код для отримання</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не надруковано</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Надруковано</translation>
    </message>
    <message>
        <source>The printer is out of paper: please ask the librarian.</source>
        <translation>У принтері закінчився папір: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>Paper is stuck in the printer: please ask the librarian.</source>
        <translation>У принтері застряг папір: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>The printer has run out of ink: please ask the librarian.</source>
        <translation>У принтері закінчилася фарба: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>A cover of the printer is open: please ask the librarian.</source>
        <translation>Відкрита кришка принтера: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>The printer is not answering (it may be switched off): please ask the librarian.</source>
        <translation>Принтер не відповідає (можливо, він вимкнений): будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>This kiosk has no printer set up: please ask the librarian.</source>
        <translation>Для цього кіоска не налаштовано принтер: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>The printer did not accept this document: please ask the librarian.</source>
        <translation>Принтер не прийняв цей документ: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>The printing was stopped at the printer: please ask the librarian.</source>
        <translation>Друк зупинили на самому принтері: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>That is more pages than this visit allows. Choose fewer copies or fewer pages.</source>
        <translation>Це більше сторінок, ніж дозволено за один сеанс. Виберіть менше примірників або сторінок.</translation>
    </message>
    <message>
        <source>The printer has a problem: please ask the librarian.</source>
        <translation>Із принтером проблема: будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>Your pages wait at the librarian&apos;s desk</source>
        <translation>Ваші сторінки чекають у бібліотекаря</translation>
    </message>
    <message>
        <source>Your document was not printed</source>
        <translation>Ваш документ не надруковано</translation>
    </message>
    <message>
        <source>Printed: pick up your pages at the printer</source>
        <translation>Надруковано: заберіть свої сторінки з принтера</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Your pickup code</source>
        <translation>Ваш код для отримання</translation>
    </message>
    <message>
        <source>Pickup code %1</source>
        <translation>Код для отримання %1</translation>
    </message>
    <message>
        <source>Go to the librarian now, before you finish, and tell them this code: they print your pages and give them to you. Pages not printed by the end of your visit are deleted.</source>
        <translation>Підійдіть до бібліотекаря зараз, до завершення сеансу, і назвіть цей код: вам надрукують сторінки й віддадуть їх. Сторінки, не надруковані до кінця сеансу, буде видалено.</translation>
    </message>
    <message>
        <source>Your document is still in your documents: you can print it again later.</source>
        <translation>Документ і далі є серед ваших документів: пізніше його можна надрукувати знову.</translation>
    </message>
    <message>
        <source>Take all your pages with you: the next visitor uses the same printer.</source>
        <translation>Заберіть із собою всі сторінки: наступний відвідувач користується тим самим принтером.</translation>
    </message>
    <message>
        <source>Back to my documents</source>
        <translation>До моїх документів</translation>
    </message>
</context>
<context>
    <name>PrintStatusScreen</name>
    <message>
        <source>Printing</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>Sending your document to the printer…</source>
        <translation>Надсилаємо ваш документ на принтер…</translation>
    </message>
    <message>
        <source>Your document is waiting for its turn…</source>
        <translation>Ваш документ чекає своєї черги…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друкуємо…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Надіслано на принтер</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>Чекає своєї черги</translation>
    </message>
    <message>
        <source>Please wait here. This screen tells you when your pages are ready.</source>
        <translation>Будь ласка, зачекайте тут. Цей екран покаже, коли ваші сторінки будуть готові.</translation>
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
<context>
    <name>QrCodeImage</name>
    <message>
        <source>QR code of the address %1</source>
        <translation>QR-код адреси %1</translation>
    </message>
    <message>
        <source>Point your phone&apos;s camera at it to open the address on your phone.</source>
        <translation>Наведіть на нього камеру телефона, щоб відкрити адресу на телефоні.</translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Press to stop reading</source>
        <translation>Натисніть, щоб зупинити читання</translation>
    </message>
    <message>
        <source>Reads this screen aloud</source>
        <translation>Читає вголос те, що на екрані</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>The kiosk bar&apos;s button that reads the current screen aloud.</extracomment>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <extracomment>The kiosk bar&apos;s Read aloud button while it reads: pressing it stops the reading.</extracomment>
        <translation>Зупинити читання</translation>
    </message>
</context>
<context>
    <name>RestingScreen</name>
    <message>
        <source>Resting</source>
        <translation>Відпочинок</translation>
    </message>
    <message>
        <source>This terminal is resting.</source>
        <translation>Цей термінал відпочиває.</translation>
    </message>
    <message>
        <source>Please ask the librarian.</source>
        <translation>Будь ласка, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>It will start again by itself in a few minutes.</source>
        <translation>За кілька хвилин він запрацює знову сам.</translation>
    </message>
</context>
<context>
    <name>RestingWindow</name>
    <message>
        <source>Mist: e-services kiosk</source>
        <translation>Міст: термінал е-послуг</translation>
    </message>
</context>
<context>
    <name>ScanPanel</name>
    <message>
        <source>Scanned document</source>
        <translation>Відсканований документ</translation>
    </message>
    <message>
        <source>The scanner is not connected</source>
        <translation>Сканер не під’єднано</translation>
    </message>
    <message>
        <source>The scanner is busy</source>
        <translation>Сканер зайнятий</translation>
    </message>
    <message>
        <source>The paper is stuck in the scanner</source>
        <translation>Папір застряг у сканері</translation>
    </message>
    <message>
        <source>There is no page in the scanner</source>
        <translation>У сканері немає сторінки</translation>
    </message>
    <message>
        <source>The scanner&apos;s lid is open</source>
        <translation>Кришку сканера відкрито</translation>
    </message>
    <message>
        <source>Your documents are full</source>
        <translation>Ваші документи заповнено</translation>
    </message>
    <message>
        <source>This scan is too large to keep</source>
        <translation>Цей скан завеликий, щоб його зберегти</translation>
    </message>
    <message>
        <source>The scanner did not scan</source>
        <translation>Сканер не відсканував</translation>
    </message>
    <message>
        <source>It may be switched off or unplugged. Please ask the librarian.</source>
        <translation>Можливо, його вимкнено або від’єднано. Зверніться, будь ласка, до бібліотекаря.</translation>
    </message>
    <message>
        <source>It is still finishing something. Wait a moment and try again.</source>
        <translation>Він ще щось завершує. Зачекайте хвилинку й спробуйте знову.</translation>
    </message>
    <message>
        <source>Please ask the librarian to take the paper out. Your pages so far are kept.</source>
        <translation>Попросіть бібліотекаря вийняти папір. Уже відскановані сторінки збережено.</translation>
    </message>
    <message>
        <source>Put the page in the scanner and try again.</source>
        <translation>Покладіть сторінку в сканер і спробуйте знову.</translation>
    </message>
    <message>
        <source>Close the lid gently and try again.</source>
        <translation>Обережно закрийте кришку й спробуйте знову.</translation>
    </message>
    <message>
        <source>One visit can keep up to 10 documents. Remove one in “Documents” to keep this scan.</source>
        <translation>За один візит можна зберегти до 10 документів. Видаліть один у «Документах», щоб зберегти цей скан.</translation>
    </message>
    <message>
        <source>Remove a page, or scan it again as text.</source>
        <translation>Видаліть сторінку або відскануйте її знову як текст.</translation>
    </message>
    <message>
        <source>Try again. If it happens again, please ask the librarian.</source>
        <translation>Спробуйте знову. Якщо це повториться, зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>Put the next page face down, press Scan</source>
        <translation>Покладіть наступну сторінку лицем донизу й натисніть «Сканувати»</translation>
    </message>
    <message>
        <source>Put the page face down, press Scan</source>
        <translation>Покладіть сторінку лицем донизу й натисніть «Сканувати»</translation>
    </message>
    <message>
        <source>Lift the scanner&apos;s lid, lay the page face down in the corner marked with the arrow, and close the lid.</source>
        <translation>Підніміть кришку сканера, покладіть сторінку лицем донизу в кут зі стрілкою й закрийте кришку.</translation>
    </message>
    <message>
        <source>Text: letters, forms, passport pages</source>
        <extracomment>Scan preset: a letter, a form, a passport page (200 dpi grey).</extracomment>
        <translation>Текст: листи, бланки, сторінки паспорта</translation>
    </message>
    <message>
        <source>Photo: colour pictures</source>
        <extracomment>Scan preset: a colour picture or photo (300 dpi colour).</extracomment>
        <translation>Фото: кольорові зображення</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <source>Scanning… keep the lid closed</source>
        <translation>Сканування… не відкривайте кришку</translation>
    </message>
    <message>
        <source>%1 % scanned</source>
        <translation>Відскановано %1 %</translation>
    </message>
    <message>
        <source>Stop scanning</source>
        <translation>Зупинити сканування</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>Scanned page %1</source>
        <translation>Відсканована сторінка %1</translation>
    </message>
    <message numerus="yes">
        <source>Done: keep %n page(s)</source>
        <translation>
            <numerusform>Готово: зберегти %n сторінку</numerusform>
            <numerusform>Готово: зберегти %n сторінки</numerusform>
            <numerusform>Готово: зберегти %n сторінок</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another page</source>
        <translation>Додати ще сторінку</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Сканувати ще раз</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Видалити сторінку</translation>
    </message>
    <message>
        <source>Cancel and delete these pages</source>
        <translation>Скасувати й видалити ці сторінки</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Сторінка %1</translation>
    </message>
    <message>
        <source>Back to my pages</source>
        <translation>Назад до моїх сторінок</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>A picture of the page as the scanner saw it. Check that all of it is there and it can be read; if not, scan it again.</source>
        <translation>Зображення сторінки такою, якою її побачив сканер. Перевірте, що її видно всю і її можна прочитати; якщо ні, відскануйте ще раз.</translation>
    </message>
    <message numerus="yes">
        <source>Making one document of your %n page(s)…</source>
        <translation>
            <numerusform>Робимо один документ із %n сторінки…</numerusform>
            <numerusform>Робимо один документ із %n сторінок…</numerusform>
            <numerusform>Робимо один документ із %n сторінок…</numerusform>
        </translation>
    </message>
    <message>
        <source>This takes a few seconds. Please wait; the document will then be in “Documents”.</source>
        <translation>Це займе кілька секунд. Зачекайте, будь ласка: потім документ буде в «Документах».</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scan a document</source>
        <translation>Сканування документа</translation>
    </message>
</context>
<context>
    <name>ScreenText</name>
    <message>
        <source>Button: %1</source>
        <extracomment>Read aloud after a screen&apos;s text when it has one button: that button&apos;s name.</extracomment>
        <translation>Кнопка: %1</translation>
    </message>
    <message>
        <source>Buttons: %1</source>
        <extracomment>Read aloud after a screen&apos;s text: the names of the buttons on it, separated by commas.</extracomment>
        <translation>Кнопки: %1</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>pension</source>
        <translation>пенсія</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>паспорт</translation>
    </message>
    <message>
        <source>land</source>
        <translation>земля</translation>
    </message>
    <message>
        <source>taxes</source>
        <translation>податки</translation>
    </message>
    <message>
        <source>court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>For example: pension</source>
        <translation>Наприклад: пенсія</translation>
    </message>
    <message>
        <source>Search for a service</source>
        <translation>Пошук послуги</translation>
    </message>
    <message>
        <source>Apostrophe</source>
        <translation>Апостроф</translation>
    </message>
    <message>
        <source>Ukrainian letters</source>
        <translation>Українські літери</translation>
    </message>
    <message>
        <source>English letters</source>
        <translation>Англійські літери</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистити</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>За запитом «%1» нічого не знайдено.</translation>
    </message>
    <message>
        <source>Try fewer letters, another word, or one of these:</source>
        <translation>Спробуйте менше літер, інше слово або одне з цих:</translation>
    </message>
    <message>
        <source>Type a word, or touch one of these:</source>
        <translation>Введіть слово або торкніться одного з цих:</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>Знайдено %n послугу</numerusform>
            <numerusform>Знайдено %n послуги</numerusform>
            <numerusform>Знайдено %n послуг</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceListScreen</name>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Touch a service to see what it does and how to use it.</source>
        <translation>Торкніться послуги, щоб дізнатися, для чого вона і як нею скористатися.</translation>
    </message>
    <message>
        <source>There are no services on this topic yet. A librarian at the desk will gladly help you.</source>
        <translation>На цю тему послуг поки немає. Бібліотекар охоче вам допоможе.</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <source>Service</source>
        <translation>Послуга</translation>
    </message>
    <message>
        <source>This service is no longer in the list</source>
        <translation>Цієї послуги вже немає в переліку</translation>
    </message>
    <message>
        <source>A librarian at the desk will gladly help you find another way.</source>
        <translation>Бібліотекар охоче допоможе знайти інший спосіб.</translation>
    </message>
    <message>
        <source>Back to the main menu</source>
        <translation>До головного меню</translation>
    </message>
    <message>
        <source>This website is not answering right now</source>
        <translation>Цей сайт зараз не відповідає</translation>
    </message>
    <message>
        <source>You can try again later, or go in person: %1.</source>
        <translation>Спробуйте пізніше або зверніться особисто: %1.</translation>
    </message>
    <message>
        <source>You can try again later, or ask a librarian at the desk.</source>
        <translation>Спробуйте пізніше або зверніться до бібліотекаря.</translation>
    </message>
    <message>
        <source>Who provides it</source>
        <translation>Хто надає послугу</translation>
    </message>
    <message>
        <source>What you need</source>
        <translation>Що потрібно</translation>
    </message>
    <message>
        <source>Nothing: you can use it without logging in.</source>
        <translation>Нічого: користуватися можна без входу.</translation>
    </message>
    <message>
        <source>To log in, one of these: %1.</source>
        <translation>Для входу потрібне щось одне з цього: %1.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>How long it takes</source>
        <translation>Скільки це триває</translation>
    </message>
    <message>
        <source>Step-by-step guide: %1</source>
        <translation>Покрокова інструкція: %1</translation>
    </message>
    <message>
        <source>Prefer to go in person? Ask at the administrative services centre (CNAP)</source>
        <translation>Хочете звернутися особисто? Запитайте в центрі надання адміністративних послуг (ЦНАП)</translation>
    </message>
    <message>
        <source>Prefer to go in person?</source>
        <translation>Хочете звернутися особисто?</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Години роботи</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Відкрити тут</translation>
    </message>
    <message>
        <source>Scan to continue on your phone</source>
        <translation>Відскануйте, щоб продовжити на своєму телефоні</translation>
    </message>
    <message>
        <source>Or ask at the library desk (open %1).</source>
        <translation>Або зверніться до бібліотекаря (працює %1).</translation>
    </message>
    <message>
        <source>Or ask at the library desk.</source>
        <translation>Або зверніться до бібліотекаря.</translation>
    </message>
</context>
<context>
    <name>ServiceRow</name>
    <message>
        <source>%1, not answering right now</source>
        <translation>%1, зараз не відповідає</translation>
    </message>
    <message>
        <source>Not answering right now</source>
        <translation>Зараз не відповідає</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <source>Services of my hromada</source>
        <translation>Послуги моєї громади</translation>
    </message>
    <message>
        <source>National e-services</source>
        <translation>Державні е-послуги</translation>
    </message>
    <message>
        <source>Choose a topic</source>
        <translation>Оберіть тему</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>No services are listed here yet. A librarian at the desk will gladly help you.</source>
        <translation>Тут ще немає жодної послуги. Бібліотекар охоче вам допоможе.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n послуга</numerusform>
            <numerusform>%n послуги</numerusform>
            <numerusform>%n послуг</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StartAgainCard</name>
    <message>
        <source>Something went wrong, let’s start again</source>
        <translation>Щось пішло не так, почнімо спочатку</translation>
    </message>
    <message>
        <source>The website stopped working. What you did on it has been erased. You can open the service again from the start.</source>
        <translation>Сайт перестав працювати. Те, що ви на ньому робили, стерто. Ви можете відкрити послугу знову з початку.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
</context>
<context>
    <name>StepperRow</name>
    <message>
        <source>Less: %1</source>
        <translation>Менше: %1</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Більше: %1</translation>
    </message>
</context>
<context>
    <name>TrainerScreen</name>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Режим тренера</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>End the presentation</source>
        <translation>Завершити показ</translation>
    </message>
    <message>
        <source>Question for the room</source>
        <translation>Запитання до групи</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Show the answer</source>
        <translation>Показати відповідь</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далі</translation>
    </message>
</context>
<context>
    <name>TrainerStartScreen</name>
    <message>
        <source>Trainer&apos;s mode</source>
        <translation>Режим тренера</translation>
    </message>
    <message>
        <source>Which module will you show?</source>
        <translation>Який модуль ви покажете?</translation>
    </message>
    <message>
        <source>Record this training?</source>
        <translation>Записати це навчання?</translation>
    </message>
    <message>
        <source>The monthly report counts trainings held and people trained. Only the date, the module and the number of participants are recorded: no names.</source>
        <translation>Щомісячний звіт рахує проведені навчання й навчених людей. Записуються лише дата, модуль і кількість учасників, без імен.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Кількість учасників</translation>
    </message>
    <message>
        <source>One participant fewer</source>
        <translation>На одного учасника менше</translation>
    </message>
    <message>
        <source>One participant more</source>
        <translation>На одного учасника більше</translation>
    </message>
    <message>
        <source>Record and start</source>
        <translation>Записати й почати</translation>
    </message>
    <message>
        <source>Start without recording</source>
        <translation>Почати без запису</translation>
    </message>
    <message>
        <source>Back to librarian mode</source>
        <translation>Назад до режиму бібліотекаря</translation>
    </message>
</context>
<context>
    <name>TrainingCard</name>
    <message>
        <source>Details</source>
        <translation>Докладніше</translation>
    </message>
</context>
<context>
    <name>TrainingDetailScreen</name>
    <message>
        <source>Training</source>
        <translation>Тренінг</translation>
    </message>
    <message>
        <source>This is an example from the sample schedule, not a real training.</source>
        <translation>Це приклад із зразка розкладу, а не справжній тренінг.</translation>
    </message>
    <message>
        <source>QR code that adds this training to your phone calendar</source>
        <translation>QR-код, який додає цей тренінг до календаря у вашому телефоні</translation>
    </message>
    <message>
        <source>Point your phone’s camera at the code to add this training to your calendar.</source>
        <translation>Наведіть камеру телефона на код, щоб додати цей тренінг до свого календаря.</translation>
    </message>
    <message>
        <source>This training is not on the schedule any more. A librarian can tell you about the next one.</source>
        <translation>Цього тренінгу вже немає в розкладі. Бібліотекар розповість вам про наступний.</translation>
    </message>
</context>
<context>
    <name>TrainingFacts</name>
    <message>
        <source>All day, until %1</source>
        <translation>Увесь день, до %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>No free seats: ask a librarian about the next training</source>
        <translation>Вільних місць немає: запитайте бібліотекаря про наступний тренінг</translation>
    </message>
    <message numerus="yes">
        <source>%n free seat(s)</source>
        <translation>
            <numerusform>%n вільне місце</numerusform>
            <numerusform>%n вільні місця</numerusform>
            <numerusform>%n вільних місць</numerusform>
        </translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Де: %1</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Тренер: %1</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>Updated just now</source>
        <translation>Оновлено щойно</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n minute(s) ago</source>
        <translation>
            <numerusform>Оновлено %n хвилину тому</numerusform>
            <numerusform>Оновлено %n хвилини тому</numerusform>
            <numerusform>Оновлено %n хвилин тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n hour(s) ago</source>
        <translation>
            <numerusform>Оновлено %n годину тому</numerusform>
            <numerusform>Оновлено %n години тому</numerusform>
            <numerusform>Оновлено %n годин тому</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day(s) ago</source>
        <translation>
            <numerusform>Оновлено %n день тому</numerusform>
            <numerusform>Оновлено %n дні тому</numerusform>
            <numerusform>Оновлено %n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainings at this library</source>
        <translation>Тренінги в цій бібліотеці</translation>
    </message>
    <message numerus="yes">
        <source>Free trainings in the next %n day(s)</source>
        <translation>
            <numerusform>Безкоштовні тренінги на найближчий %n день</numerusform>
            <numerusform>Безкоштовні тренінги на найближчі %n дні</numerusform>
            <numerusform>Безкоштовні тренінги на найближчі %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>This is an example of a schedule, not real trainings: the library has not connected its calendar yet. Ask a librarian when the next training is.</source>
        <translation>Це приклад розкладу, а не справжні тренінги: бібліотека ще не під’єднала свій календар. Запитайте бібліотекаря, коли буде найближчий тренінг.</translation>
    </message>
    <message numerus="yes">
        <source>No trainings are planned for the next %n day(s).</source>
        <translation>
            <numerusform>На найближчий %n день тренінгів не заплановано.</numerusform>
            <numerusform>На найближчі %n дні тренінгів не заплановано.</numerusform>
            <numerusform>На найближчі %n днів тренінгів не заплановано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask a librarian at the desk: they can tell you about the next training or help you on the spot.</source>
        <translation>Запитайте бібліотекаря: він розповість про наступний тренінг або допоможе вам одразу.</translation>
    </message>
</context>
<context>
    <name>UploadChooserPanel</name>
    <message>
        <source>Scanned document</source>
        <translation>Відсканований документ</translation>
    </message>
    <message>
        <source>Choose the documents to send</source>
        <translation>Оберіть документи, які надіслати</translation>
    </message>
    <message>
        <source>Choose the document to send</source>
        <translation>Оберіть документ, який надіслати</translation>
    </message>
    <message>
        <source>This form takes pictures: scanned pages are sent as JPEG pictures, one for each page.</source>
        <translation>Ця форма приймає зображення: відскановані сторінки буде надіслано як зображення JPEG, по одному на сторінку.</translation>
    </message>
    <message>
        <source>This form takes PDF documents from this visit.</source>
        <translation>Ця форма приймає PDF-документи з цього візиту.</translation>
    </message>
    <message>
        <source>Documents from this visit can be sent.</source>
        <translation>Можна надіслати документи з цього візиту.</translation>
    </message>
    <message>
        <source>You have no documents this form takes yet. You can scan one now.</source>
        <translation>У вас ще немає документів, які приймає ця форма. Ви можете відсканувати документ зараз.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n сторінка)</numerusform>
            <numerusform>%1 (%n сторінки)</numerusform>
            <numerusform>%1 (%n сторінок)</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan a document now</source>
        <translation>Відсканувати документ зараз</translation>
    </message>
    <message>
        <source>The pictures were made smaller to fit the website&apos;s limit of %1 MB.</source>
        <translation>Зображення зменшено, щоб вони вмістилися в обмеження сайту — %1 МБ.</translation>
    </message>
    <message>
        <source>Send to the website</source>
        <translation>Надіслати на сайт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
</TS>
