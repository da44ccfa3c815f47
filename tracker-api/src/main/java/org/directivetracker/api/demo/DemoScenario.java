package org.directivetracker.api.demo;

import org.directivetracker.api.security.DemoAccounts;
import org.directivetracker.core.api.Actor;
import org.directivetracker.core.api.command.AcceptCompletion;
import org.directivetracker.core.api.command.AcknowledgeDirective;
import org.directivetracker.core.api.command.AssignCommunes;
import org.directivetracker.core.api.command.ChangeDeadline;
import org.directivetracker.core.api.command.CloseDirective;
import org.directivetracker.core.api.command.DenyExtension;
import org.directivetracker.core.api.command.DirectiveCommand;
import org.directivetracker.core.api.command.GrantExtension;
import org.directivetracker.core.api.command.IssueDirective;
import org.directivetracker.core.api.command.RaiseObstacle;
import org.directivetracker.core.api.command.ReportProgress;
import org.directivetracker.core.api.command.RequestExtension;
import org.directivetracker.core.api.command.ResolveObstacle;
import org.directivetracker.core.api.command.ReturnCompletion;
import org.directivetracker.core.api.command.SubmitCompletion;
import org.directivetracker.core.api.command.WithdrawDirective;
import org.directivetracker.core.api.value.CommuneCode;
import org.directivetracker.core.api.value.Deadline;
import org.directivetracker.core.api.value.Description;
import org.directivetracker.core.api.value.Note;
import org.directivetracker.core.api.value.ObstacleCategory;
import org.directivetracker.core.api.value.Percent;
import org.directivetracker.core.api.value.Priority;
import org.directivetracker.core.api.value.ProvinceTime;
import org.directivetracker.core.api.value.Title;
import org.directivetracker.projections.communes.Commune;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo province's history: two dozen directives drawn from the province's real concerns, and what the communes
 * did about them over the past six weeks. Days are relative to the day the demo is first loaded (some deadlines passed,
 * some due in a day or two); everything else (which communes, which steps, every id and request id) is fixed by seeds,
 * so a second load sends the same commands with the same request ids and the directives add no event.
 */
public final class DemoScenario {
    /** A command and the moment it is backdated to. */
    public record Step(Instant at, DirectiveCommand command) {
    }

    /** A directive of the scenario; days are relative to the load day (negative: in the past). */
    record Plan(String title, String description, String reference, String field, Priority priority,
                int issuedDay, int deadlineDay, int communeCount, Special special) {
    }

    enum Special { NONE, WITHDRAWN, CLOSED, DEADLINE_CHANGED, COMMUNES_ADDED }

    private static final Actor LEADER = Actor.province(DemoAccounts.LEADER);
    private static final ObstacleCategory[] CATEGORIES = ObstacleCategory.values();

    private final List<Commune> communes;
    private final LocalDate today;
    private final List<Step> steps = new ArrayList<>();
    private int obstacleRound;

    private DemoScenario(List<Commune> communes, LocalDate today) {
        this.communes = communes;
        this.today = today;
    }

    /** Every step in time order, the last one yesterday. */
    public static List<Step> steps(List<Commune> communes, LocalDate today) {
        DemoScenario scenario = new DemoScenario(communes, today);
        List<Plan> plans = plans();
        for (int i = 0; i < plans.size(); i++) {
            scenario.directive(i + 1, plans.get(i));
        }
        scenario.steps.sort(Comparator.comparing(Step::at));
        return List.copyOf(scenario.steps);
    }

    public static String directiveId(int number) {
        return String.format("demo-%02d", number);
    }

    private void directive(int number, Plan plan) {
        String id = directiveId(number);
        Random random = new Random(7919L * number);
        List<Commune> shuffled = new ArrayList<>(communes);
        Collections.shuffle(shuffled, random);
        List<Commune> assigned = shuffled.subList(0, Math.min(plan.communeCount(), shuffled.size()));
        StepClock clock = new StepClock(id, today);

        Instant issuedAt = clock.at(plan.issuedDay(), 8, 0);
        add(issuedAt, new IssueDirective(id, new Title(plan.title()), new Description(plan.description()), plan.reference(),
                plan.field(), plan.priority(), deadline(plan.deadlineDay()), codes(assigned), LEADER, requestId(id, "issue")));

        int lastDay = -1;
        int deadlineDay = plan.deadlineDay();
        boolean extensions = true;
        List<Commune> storylines = new ArrayList<>(assigned);
        switch (plan.special()) {
            case WITHDRAWN -> {
                int withdrawnDay = plan.issuedDay() + 9;
                add(clock.at(withdrawnDay, 16, 0), new WithdrawDirective(id, new Note(
                        "Nội dung đã được lồng ghép vào Kế hoạch số 88/KH-UBND; các xã không tiếp tục thực hiện theo văn bản này."),
                        LEADER, requestId(id, "withdraw")));
                lastDay = withdrawnDay - 1;
            }
            case DEADLINE_CHANGED -> {
                int changedDay = plan.issuedDay() + 6;
                deadlineDay = plan.deadlineDay() + 7;
                add(clock.at(changedDay, 15, 0), new ChangeDeadline(id, deadline(deadlineDay), new Note(
                        "Lùi thời hạn theo đề nghị của Sở Tài chính để thống nhất số liệu quyết toán."),
                        LEADER, requestId(id, "deadline")));
                extensions = false;
            }
            case COMMUNES_ADDED -> {
                List<Commune> added = shuffled.subList(plan.communeCount(), Math.min(plan.communeCount() + 3, shuffled.size()));
                if (!added.isEmpty()) {
                    add(clock.at(plan.issuedDay() + 4, 9, 0), new AssignCommunes(id, codes(added), LEADER, requestId(id, "assign")));
                    storylines.addAll(added);
                }
            }
            default -> {
            }
        }

        boolean closing = plan.special() == Special.CLOSED;
        int closeDay = -3;
        for (Commune commune : storylines) {
            int start = plan.issuedDay() + (assigned.contains(commune) ? 0 : 4);
            CommuneStory story = new CommuneStory(id, commune, clock, new Random(random.nextLong()));
            if (closing) {
                story.completeBy(start, closeDay - 1);
            } else {
                story.play(start, lastDay, deadlineDay, extensions && plan.special() != Special.WITHDRAWN);
            }
        }
        if (closing) {
            add(clock.at(closeDay, 17, 0), new CloseDirective(id, new Note("Các xã đã hoàn thành; kết thúc theo dõi nhiệm vụ."),
                    LEADER, requestId(id, "close")));
        }
    }

    /** One commune's part: acknowledge, report, meet obstacles, ask for time, submit, get accepted or returned. */
    private final class CommuneStory {
        private final String id;
        private final Commune commune;
        private final CommuneCode code;
        private final Actor chair;
        private final StepClock clock;
        private final Random random;
        private int day;
        private int sequence;

        CommuneStory(String id, Commune commune, StepClock clock, Random random) {
            this.id = id;
            this.commune = commune;
            this.chair = DemoAccounts.chairOf(commune);
            this.code = chair.commune();
            this.clock = clock;
            this.random = random;
        }

        void play(int start, int lastDay, int deadlineDay, boolean extensions) {
            day = start;
            if (random.nextInt(100) < 12 || !advance(0, 2, lastDay)) {
                return; // this commune has not reacted yet
            }
            acknowledge();
            int percent = 0;
            int reports = random.nextInt(4);
            boolean obstacle = random.nextInt(100) < 35;
            for (int r = 0; r < reports; r++) {
                if (!advance(1, 5, lastDay)) {
                    return;
                }
                percent = Math.min(90, percent + 15 + random.nextInt(30));
                progress(percent);
                if (obstacle && r == 0) {
                    obstacle = false;
                    if (!advance(0, 2, lastDay)) {
                        return;
                    }
                    String obstacleId = raiseObstacle();
                    if (random.nextBoolean() && advance(1, 6, lastDay)) {
                        resolve(obstacleId, random.nextBoolean());
                    }
                }
            }
            if (extensions && random.nextInt(100) < 22) {
                if (!advance(1, 3, lastDay)) {
                    return;
                }
                int proposed = deadlineDay + 7 + random.nextInt(10);
                requestExtension(proposed);
                int answer = random.nextInt(10);
                if (answer < 7 && advance(1, 3, lastDay)) {
                    if (answer < 5) {
                        grant();
                    } else {
                        deny();
                    }
                } else {
                    return; // the request is still open
                }
            }
            if (random.nextInt(100) < 45 && advance(1, 6, lastDay)) {
                submit();
                int outcome = random.nextInt(10);
                if (outcome < 6 && advance(1, 3, lastDay)) {
                    accept();
                } else if (outcome < 9 && advance(1, 3, lastDay)) {
                    returnCompletion();
                    if (random.nextBoolean() && advance(2, 5, lastDay)) {
                        progress(100);
                        submit();
                        if (random.nextBoolean() && advance(1, 2, lastDay)) {
                            accept();
                        }
                    }
                }
            }
        }

        /** For a directive that is closed: everything done and accepted before the close. */
        void completeBy(int start, int lastDay) {
            day = start;
            acknowledge();
            day = Math.min(day + 1 + random.nextInt(3), lastDay);
            progress(50 + random.nextInt(30));
            day = Math.min(day + 2 + random.nextInt(3), lastDay);
            submit();
            day = Math.min(day + 1, lastDay);
            accept();
        }

        private boolean advance(int min, int max, int lastDay) {
            int next = day + min + random.nextInt(max - min + 1);
            if (next > lastDay) {
                return false;
            }
            day = next;
            return true;
        }

        private Instant now(boolean province) {
            return clock.at(day, province ? 14 : 9, 0);
        }

        private String request(String what) {
            return requestId(id, code.value() + ":" + (++sequence) + ":" + what);
        }

        private void acknowledge() {
            add(now(false), new AcknowledgeDirective(id, code, chair, request("acknowledge")));
        }

        private void progress(int percent) {
            add(now(false), new ReportProgress(id, code, new Percent(percent), new Note(PROGRESS_NOTES[random.nextInt(PROGRESS_NOTES.length)]
                    + " (" + commune.name() + ", đạt " + percent + "%)"), chair, request("progress")));
        }

        private String raiseObstacle() {
            ObstacleCategory category = CATEGORIES[obstacleRound++ % CATEGORIES.length];
            String obstacleId = nameId("obstacle:" + id + ":" + code.value() + ":" + sequence);
            add(now(false), new RaiseObstacle(id, code, obstacleId, category, new Description(obstacleText(category)), chair,
                    request("obstacle")));
            return obstacleId;
        }

        private void resolve(String obstacleId, boolean byProvince) {
            add(now(byProvince), new ResolveObstacle(id, code, obstacleId, new Note(byProvince
                    ? "Sở chuyên ngành đã hỗ trợ, bố trí kinh phí và hướng dẫn xử lý; đề nghị xã tiếp tục triển khai."
                    : "Xã đã chủ động khắc phục, phối hợp với đơn vị liên quan xử lý xong."),
                    byProvince ? LEADER : chair, request("resolve")));
        }

        private void requestExtension(int proposedDay) {
            add(now(false), new RequestExtension(id, code, deadline(proposedDay), new Note(
                    "Khối lượng hồ sơ lớn, thiếu nhân sự chuyên môn sau khi có công chức nghỉ việc; xin gia hạn để hoàn thành đúng chất lượng."),
                    chair, request("extension")));
        }

        private void grant() {
            add(now(true), new GrantExtension(id, code, null, new Note("Đồng ý gia hạn; xã báo cáo tiến độ hằng tuần."),
                    LEADER, request("grant")));
        }

        private void deny() {
            add(now(true), new DenyExtension(id, code, new Note("Không gia hạn vì nhiệm vụ phục vụ kỳ họp; đề nghị xã tăng cường nhân lực."),
                    LEADER, request("deny")));
        }

        private void submit() {
            add(now(false), new SubmitCompletion(id, code, new Note("Đã hoàn thành nhiệm vụ, gửi kèm báo cáo kết quả và danh mục hồ sơ ("
                    + commune.name() + ")."), chair, request("submit")));
        }

        private void accept() {
            add(now(true), new AcceptCompletion(id, code, new Note("Thống nhất kết quả báo cáo."), LEADER, request("accept")));
        }

        private void returnCompletion() {
            add(now(true), new ReturnCompletion(id, code, new Note(
                    "Báo cáo chưa kèm danh sách chi tiết và biên bản kiểm tra; đề nghị bổ sung."), LEADER, request("return")));
        }
    }

    /** Moments on the scenario's days, in province time, distinct and increasing within a directive. */
    private static final class StepClock {
        private final LocalDate today;
        private final int offsetSeconds;
        private int tick;

        StepClock(String directiveId, LocalDate today) {
            this.today = today;
            this.offsetSeconds = Math.floorMod(directiveId.hashCode(), 1800);
        }

        Instant at(int day, int hour, int minute) {
            // seconds apart, so the steps of one directive on one day keep their order when sorted
            return today.plusDays(day).atTime(hour, minute).atZone(ProvinceTime.ZONE).toInstant()
                    .plusSeconds(offsetSeconds + (long) tick++);
        }
    }

    private void add(Instant at, DirectiveCommand command) {
        steps.add(new Step(at, command));
    }

    private Deadline deadline(int day) {
        return new Deadline(today.plusDays(day));
    }

    private static List<CommuneCode> codes(List<Commune> communes) {
        return communes.stream().map(commune -> new CommuneCode(commune.code())).toList();
    }

    private static String requestId(String directiveId, String what) {
        return nameId("request:" + directiveId + ":" + what);
    }

    private static String nameId(String name) {
        return UUID.nameUUIDFromBytes(("demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final String[] PROGRESS_NOTES = {
            "Đã họp triển khai, phân công công chức phụ trách",
            "Đã rà soát xong danh sách, đang tổng hợp số liệu",
            "Đang phối hợp với các ấp, khóm thực hiện",
            "Đã hoàn thành phần lớn khối lượng, đang kiểm tra lại",
            "Đã báo cáo Đảng ủy xã, tiếp tục thực hiện theo kế hoạch",
    };

    private static String obstacleText(ObstacleCategory category) {
        switch (category) {
            case STAFFING:
                return "Hai công chức địa chính và tư pháp - hộ tịch đã nghỉ việc theo Nghị định 178/2024/NĐ-CP, chưa có người thay thế.";
            case EQUIPMENT:
                return "Máy tính, máy scan tại Trung tâm Phục vụ hành chính công xã hư hỏng, xuống cấp, không đáp ứng số hóa hồ sơ.";
            case FUNDING:
                return "Chưa được bố trí kinh phí thực hiện trong dự toán năm; xã không có nguồn để thuê đơn vị tư vấn.";
            case LEGAL_DOCUMENTS:
                return "Chưa có hướng dẫn của Sở về biểu mẫu và quy trình sau sắp xếp đơn vị hành chính; hồ sơ gốc còn lưu tại huyện cũ.";
            case DATA_SYSTEMS:
                return "Phần mềm hộ tịch và Cơ sở dữ liệu quốc gia về dân cư không đồng bộ; tài khoản cán bộ mới chưa được cấp quyền.";
            default:
                return "Đường giao thông nông thôn bị sạt lở, đoàn công tác không tiếp cận được một số ấp.";
        }
    }

    private static List<Plan> plans() {
        return List.of(
                new Plan("Rà soát, thay thế trang thiết bị hư hỏng tại Trung tâm Phục vụ hành chính công cấp xã",
                        "Thực hiện Công văn số 1234/UBND-VP, UBND các xã, phường rà soát máy tính, máy scan, máy in, thiết bị lấy số "
                                + "thứ tự đã hư hỏng hoặc xuống cấp tại Trung tâm Phục vụ hành chính công; lập danh mục đề nghị thay thế, "
                                + "báo cáo về Văn phòng UBND tỉnh.",
                        "Công văn số 1234/UBND-VP", "Cải cách hành chính", Priority.HIGH, -40, -6, 8, Special.NONE),
                new Plan("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
                        "Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực theo Nghị định số 45/2020/NĐ-CP và "
                                + "Nghị định số 107/2021/NĐ-CP; cập nhật vào kho dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống "
                                + "thông tin giải quyết thủ tục hành chính của tỉnh.",
                        "Công văn số 1456/UBND-KSTT", "Chuyển đổi số", Priority.NORMAL, -38, 20, 7, Special.COMMUNES_ADDED),
                new Plan("Bàn giao Giấy chứng nhận quyền sử dụng đất còn tồn đọng khi sắp xếp đơn vị hành chính",
                        "Rà soát Giấy chứng nhận quyền sử dụng đất đã ký nhưng chưa trao cho người dân, hồ sơ còn thiếu khi bàn "
                                + "giao từ cấp huyện; lập biên bản, danh sách và tổ chức trao giấy chứng nhận cho người dân.",
                        "Công văn số 1502/UBND-NNTN", "Đất đai", Priority.URGENT, -35, 2, 9, Special.NONE),
                new Plan("Làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư",
                        "Rà soát, chuẩn hóa, làm sạch dữ liệu đăng ký khai sinh, kết hôn, khai tử đã số hóa; đối chiếu, đồng bộ với "
                                + "Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06 của Chính phủ.",
                        "Kế hoạch số 215/KH-UBND", "Tư pháp - Hộ tịch", Priority.HIGH, -42, 12, 64, Special.NONE),
                new Plan("Tích hợp hệ thống quản lý văn bản của Đảng ủy xã với hệ thống quản lý văn bản và điều hành",
                        "Phối hợp với Văn phòng Tỉnh ủy và Sở Khoa học và Công nghệ kết nối, liên thông văn bản điện tử giữa Đảng ủy "
                                + "và UBND cấp xã; cấp chữ ký số cho cán bộ, công chức phụ trách văn thư.",
                        "Công văn số 1610/UBND-VP", "Chuyển đổi số", Priority.NORMAL, -30, 15, 6, Special.NONE),
                new Plan("Bồi dưỡng nghiệp vụ cho công chức mới tiếp nhận sau khi có cán bộ nghỉ việc",
                        "Tổ chức bồi dưỡng, hướng dẫn nghiệp vụ địa chính, tư pháp - hộ tịch, văn phòng - thống kê cho công chức "
                                + "mới tiếp nhận, bố trí lại sau khi có cán bộ, công chức nghỉ việc theo Nghị định số 178/2024/NĐ-CP.",
                        "Công văn số 1688/UBND-NV", "Nội vụ", Priority.NORMAL, -28, 1, 7, Special.NONE),
                new Plan("Báo cáo tình hình giải ngân vốn đầu tư công năm 2025",
                        "Báo cáo tiến độ giải ngân từng dự án do xã làm chủ đầu tư, khó khăn vướng mắc và đề xuất điều chuyển vốn.",
                        "Công văn số 1721/UBND-KT", "Tài chính - Đầu tư", Priority.HIGH, -26, -4, 6, Special.DEADLINE_CHANGED),
                new Plan("Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo giữa kỳ",
                        "Rà soát biến động hộ nghèo, hộ cận nghèo; cập nhật vào phần mềm quản lý và báo cáo Sở Y tế.",
                        "Công văn số 1745/UBND-KGVX", "Lao động - Xã hội", Priority.NORMAL, -24, 9, 8, Special.NONE),
                new Plan("Kiểm tra sạt lở bờ sông, bờ biển; phương án di dời hộ dân ở vùng nguy hiểm",
                        "Kiểm tra các điểm sạt lở, cắm biển cảnh báo; lập danh sách hộ dân cần di dời khẩn cấp và phương án bố trí tạm cư.",
                        "Công điện số 12/CĐ-UBND", "Phòng, chống thiên tai", Priority.URGENT, -22, -2, 6, Special.NONE),
                new Plan("Triển khai thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính",
                        "Niêm yết mã QR thanh toán phí, lệ phí tại bộ phận một cửa; hướng dẫn người dân thanh toán trực tuyến.",
                        "Công văn số 1790/UBND-KSTT", "Chuyển đổi số", Priority.NORMAL, -21, 25, 5, Special.NONE),
                new Plan("Cấp tài khoản định danh điện tử mức độ 2 cho người dân",
                        "Phối hợp Công an xã thu nhận hồ sơ, kích hoạt tài khoản định danh điện tử mức độ 2; ưu tiên người cao tuổi, "
                                + "người hưởng chính sách.",
                        "Kế hoạch số 230/KH-UBND", "Đề án 06", Priority.NORMAL, -20, 30, 64, Special.NONE),
                new Plan("Rà soát, đề xuất phương án sử dụng trụ sở làm việc dôi dư sau sắp xếp",
                        "Thống kê trụ sở, nhà làm việc không còn sử dụng; đề xuất chuyển đổi công năng sang trường học, trạm y tế, "
                                + "nhà văn hóa ấp.",
                        "Công văn số 1815/UBND-TC", "Tài sản công", Priority.NORMAL, -33, 10, 6, Special.WITHDRAWN),
                new Plan("Phòng, chống dịch bệnh trên tôm nuôi mùa nắng nóng",
                        "Hướng dẫn hộ nuôi tôm xử lý môi trường ao nuôi, báo cáo diện tích thiệt hại; phun khử trùng vùng có dịch.",
                        "Công văn số 1840/UBND-NNTN", "Nông nghiệp", Priority.HIGH, -18, 3, 6, Special.NONE),
                new Plan("Quản lý tàu cá, chống khai thác hải sản bất hợp pháp (IUU)",
                        "Rà soát tàu cá chưa đăng ký, chưa lắp thiết bị giám sát hành trình; phối hợp Bộ đội Biên phòng kiểm tra "
                                + "tàu cá ra vào cửa biển.",
                        "Công văn số 1866/UBND-NNTN", "Thủy sản", Priority.URGENT, -37, 5, 5, Special.NONE),
                new Plan("Rà soát cơ sở vật chất trường học trước năm học mới",
                        "Kiểm tra phòng học xuống cấp, nhà vệ sinh, nước sạch tại các điểm trường; đề xuất sửa chữa.",
                        "Công văn số 1880/UBND-KGVX", "Giáo dục", Priority.NORMAL, -16, 14, 6, Special.NONE),
                new Plan("Cập nhật, chỉnh lý cơ sở dữ liệu đất đai sau sắp xếp đơn vị hành chính",
                        "Chỉnh lý bản đồ địa chính, cập nhật mã đơn vị hành chính mới vào cơ sở dữ liệu đất đai.",
                        "Công văn số 1902/UBND-NNTN", "Đất đai", Priority.NORMAL, -32, -1, 5, Special.NONE),
                new Plan("Công khai, niêm yết thủ tục hành chính tại bộ phận một cửa",
                        "Niêm yết đầy đủ thủ tục hành chính thuộc thẩm quyền cấp xã theo quyết định công bố mới của Chủ tịch UBND tỉnh.",
                        "Công văn số 1925/UBND-KSTT", "Cải cách hành chính", Priority.NORMAL, -36, -10, 4, Special.CLOSED),
                new Plan("Kiểm tra an toàn phòng cháy, chữa cháy tại chợ và cơ sở kinh doanh",
                        "Phối hợp Công an xã kiểm tra phương tiện chữa cháy, lối thoát nạn tại chợ, cơ sở kinh doanh karaoke, nhà trọ.",
                        "Công văn số 1948/UBND-NC", "An ninh, trật tự", Priority.HIGH, -14, 8, 6, Special.NONE),
                new Plan("Vận hành hệ thống camera giám sát tại bộ phận một cửa",
                        "Lắp đặt, kết nối camera giám sát tại bộ phận một cửa về Trung tâm giám sát điều hành đô thị thông minh của tỉnh.",
                        "Công văn số 1966/UBND-VP", "Chuyển đổi số", Priority.NORMAL, -12, 18, 5, Special.NONE),
                new Plan("Xây dựng kế hoạch chuyển đổi số cấp xã năm 2026",
                        "Xây dựng và ban hành kế hoạch chuyển đổi số năm 2026 của xã, phường theo khung hướng dẫn của Sở Khoa học và Công nghệ.",
                        "Công văn số 1987/UBND-KHCN", "Chuyển đổi số", Priority.NORMAL, -10, 21, 7, Special.NONE),
                new Plan("Thống kê hồ sơ địa chính, hồ sơ lưu trữ bàn giao từ cấp huyện",
                        "Thống kê số lượng, tình trạng hồ sơ địa chính và tài liệu lưu trữ được bàn giao; kiến nghị nơi lưu trữ tập trung.",
                        "Công văn số 2003/UBND-NV", "Lưu trữ", Priority.NORMAL, -27, -3, 6, Special.NONE),
                new Plan("Xóa nhà tạm, nhà dột nát cho hộ nghèo, gia đình chính sách",
                        "Rà soát hộ còn ở nhà tạm, nhà dột nát; vận động nguồn lực xã hội hóa, khởi công và hoàn thành trước thời hạn.",
                        "Công văn số 2021/UBND-KGVX", "Lao động - Xã hội", Priority.HIGH, -34, 6, 8, Special.NONE),
                new Plan("Kiểm tra chữ ký số, chứng thư số của cán bộ, công chức cấp xã",
                        "Rà soát chứng thư số hết hạn, chưa cấp; đăng ký cấp mới cho cán bộ, công chức được bố trí sau sắp xếp.",
                        "Công văn số 2040/UBND-VP", "Chuyển đổi số", Priority.NORMAL, -9, 2, 5, Special.NONE),
                new Plan("Thu hồi, xử lý con dấu của các đơn vị hành chính cũ",
                        "Thu hồi con dấu của các xã, thị trấn trước sắp xếp, bàn giao cho Công an tỉnh theo quy định.",
                        "Công văn số 2056/UBND-NV", "Nội vụ", Priority.NORMAL, -25, 4, 6, Special.NONE));
    }
}
